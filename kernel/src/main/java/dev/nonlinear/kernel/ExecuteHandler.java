package dev.nonlinear.kernel;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.publish.PublishError;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteInput;
import io.github.spencerpark.jupyter.messages.publish.PublishExecuteResult;
import io.github.spencerpark.jupyter.messages.reply.ExecuteReply;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers execute_request as the messaging spec describes it, which basekernel's own handler
 * does not: {@code silent} runs without execute_input, results or errors on IOPub;
 * {@code store_history=false} (and silent) neither counts the cell nor records it in the
 * {@link CellHistory}; {@code user_expressions} are evaluated after a cell that succeeded; and a
 * cell like {@code Math.abs?} shows documentation in the pager (a {@code page} payload).
 */
final class ExecuteHandler implements ShellHandler<ExecuteRequest> {
    private static final Gson GSON = new Gson();
    private final CellRunner kernel;
    private final AtomicInteger nextCount;
    private final CellHistory history;

    /** @param nextCount the number the next counted cell gets */
    ExecuteHandler(CellRunner kernel, AtomicInteger nextCount, CellHistory history) {
        this.kernel = kernel;
        this.nextCount = nextCount;
        this.history = history;
    }

    @Override
    public void handle(ShellReplyEnvironment env, Message<ExecuteRequest> message) {
        ExecuteRequest request = message.getContent();
        boolean silent = request.isSilent();
        boolean counted = request.shouldStoreHistory() && !silent;
        // An uncounted cell reports the number of the last counted one, as IPython does.
        int count = counted ? nextCount.getAndIncrement() : nextCount.get() - 1;
        env.setBusyDeferIdle();
        if (!silent) {
            env.publish(new PublishExecuteInput(request.getCode(), count));
        }
        Map<String, Object> reply = new LinkedHashMap<>();
        try {
            DisplayData result;
            String help = Help.subject(request.getCode());
            if (help != null) {
                result = null;
                reply.put("payload", List.of(Help.page(help, kernel.documentation(help))));
            } else {
                result = kernel.runCell(env, request.getCode(), count, request.isStdinEnabled());
            }
            if (result != null && !silent) {
                env.publish(new PublishExecuteResult(count, result));
            }
            if (counted) {
                history.add(count, request.getCode(), result == null ? null : String.valueOf(result.getData(MIMEType.TEXT_PLAIN)));
            }
            reply.put("status", "ok");
            reply.put("execution_count", count);
            reply.put("user_expressions", userExpressions(request.getUserExpr()));
            reply.putIfAbsent("payload", List.of());
        } catch (Exception e) {
            if (counted) {
                history.add(count, request.getCode(), null);
            }
            PublishError error = PublishError.of(e, kernel::formatError);
            if (!silent) {
                env.publish(error);
            }
            reply.clear();
            reply.putAll(errorContent(error));
            reply.put("execution_count", count);
        }
        reply(env, message, reply);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void reply(ShellReplyEnvironment env, Message<ExecuteRequest> request, Map<String, Object> content) {
        // Deferred like basekernel's: StopOnError runs after this handler but before the reply leaves.
        env.defer().reply(new Message(request, ExecuteReply.MESSAGE_TYPE, content));
    }

    /** Each expression's value as {status, data, metadata}, or its error as {status, ename, evalue, traceback}. */
    private Map<String, Object> userExpressions(Map<String, String> expressions) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (expressions == null) {
            return values;
        }
        for (Map.Entry<String, String> expression : expressions.entrySet()) {
            Object value;
            try {
                value = okContent(kernel.evaluateExpression(expression.getValue()));
            } catch (Exception e) {
                value = errorContent(PublishError.of(e, kernel::formatError));
            }
            values.put(expression.getKey(), value);
        }
        return values;
    }

    /** {status: ok, data: {mime: ...}, metadata: {...}}: the rendered value without its display id. */
    private static JsonObject okContent(DisplayData data) {
        JsonObject value = new JsonObject();
        JsonObject rendered = GSON.toJsonTree(data).getAsJsonObject();
        value.addProperty("status", "ok");
        value.add("data", rendered.has("data") ? rendered.get("data") : new JsonObject());
        value.add("metadata", rendered.has("metadata") ? rendered.get("metadata") : new JsonObject());
        return value;
    }

    private static Map<String, Object> errorContent(PublishError error) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", "error");
        content.put("ename", error.getErrorName());
        content.put("evalue", error.getErrorMessage());
        content.put("traceback", error.getStacktrace());
        return content;
    }
}
