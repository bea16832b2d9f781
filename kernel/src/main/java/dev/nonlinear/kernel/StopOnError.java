package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.KernelTimestamp;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * "Run All" sends every cell at once. When one fails, the cells queued behind it are answered
 * {@code aborted} instead of run, as IPython does (the request's {@code stop_on_error} flag), so a
 * learner sees the first error rather than a page of follow-on errors, and an interrupted or
 * timed-out Run All really stops.
 *
 * <p>"Queued behind the failure" means: the client created the request before the failure was
 * answered (its header {@code date} is earlier). A cell the learner runs after seeing the error is
 * newer, so it runs. A request without a readable date always runs.
 */
final class StopOnError {

    private final ShellHandler<ExecuteRequest> execute;
    private final BooleanSupplier lastCellFailed;
    private volatile Instant failedAt;

    private StopOnError(ShellHandler<ExecuteRequest> execute, BooleanSupplier lastCellFailed) {
        this.execute = execute;
        this.lastCellFailed = lastCellFailed;
    }

    /** Wraps the connection's execute handler (call after {@code becomeHandlerForConnection}). */
    static void install(JupyterConnection connection, BooleanSupplier lastCellFailed) {
        StopOnError stopOnError = new StopOnError(connection.getHandler(MessageType.EXECUTE_REQUEST), lastCellFailed);
        connection.setHandler(MessageType.EXECUTE_REQUEST, stopOnError::handle);
    }

    private void handle(ShellReplyEnvironment env,
                        Message<ExecuteRequest> request) {
        Instant failure = failedAt;
        if (failure != null && sentBefore(request, failure)) {
            env.setBusyDeferIdle();
            replyAborted(env, request);
            return;
        }
        execute.handle(env, request);
        // Runs before basekernel sends the (deferred) reply, so any request the client makes after
        // seeing the error is dated later than this.
        boolean stop = lastCellFailed.getAsBoolean() && request.getContent().shouldStopOnError();
        failedAt = stop ? Instant.now() : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void replyAborted(ShellReplyEnvironment env,
                                     Message<ExecuteRequest> request) {
        Map<String, Object> content = Map.of("status", "aborted");
        env.reply(new Message(request, MessageType.EXECUTE_REPLY, content));
    }

    private static boolean sentBefore(Message<ExecuteRequest> request, Instant failure) {
        return sentAt(request).map(sent -> sent.isBefore(failure)).orElse(false);
    }

    static Optional<Instant> sentAt(Message<?> request) {
        KernelTimestamp date = request.getHeader().getTimestamp();
        if (date == null || date.getDateString() == null) {
            return Optional.empty();
        }
        return parseDate(date.getDateString());
    }

    /** Jupyter dates are ISO 8601 with a zone: {@code 2026-11-23T11:30:12.123456Z} or {@code +00:00}. */
    static Optional<Instant> parseDate(String date) {
        try {
            return Optional.of(OffsetDateTime.parse(date).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
