package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.JupyterConnection;
import io.github.spencerpark.jupyter.channels.ShellHandler;
import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.messages.KernelTimestamp;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;
import io.github.spencerpark.jupyter.messages.request.ExecuteRequest;

import java.time.Duration;
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
 * <p>A request counts as queued behind the failure when the client created it (its header
 * {@code date}) before the failure was answered, on the kernel's clock, and, on the client's own
 * clock, after the failed request but by less than that cell took to run. Run All creates all its
 * requests within milliseconds; a cell run after the error was shown comes later than that on any
 * clock, so it runs even when the browser's clock is behind the kernel's. A request without a
 * readable date always runs.
 */
final class StopOnError {
    /** Run All's requests are created a few milliseconds apart; this covers the spread. */
    private static final Duration CREATION_SPREAD = Duration.ofMillis(50);

    private final ShellHandler<ExecuteRequest> execute;
    private final BooleanSupplier lastCellFailed;
    private volatile Failure failure;

    /** When the failed request was created (client clock), how long it ran, when it was answered (kernel clock). */
    private static final class Failure {
        final Instant requestDate;
        final Duration ran;
        final Instant answeredAt;

        Failure(Instant requestDate, Duration ran, Instant answeredAt) {
            this.requestDate = requestDate;
            this.ran = ran;
            this.answeredAt = answeredAt;
        }

        boolean queuedBehind(Instant date) {
            Duration afterFailedRequest = Duration.between(requestDate, date);
            return date.isBefore(answeredAt) && !afterFailedRequest.isNegative()
                    && afterFailedRequest.compareTo(ran.plus(CREATION_SPREAD)) < 0;
        }
    }

    private StopOnError(ShellHandler<ExecuteRequest> execute, BooleanSupplier lastCellFailed) {
        this.execute = execute;
        this.lastCellFailed = lastCellFailed;
    }

    /** Wraps the connection's execute handler (call after {@code becomeHandlerForConnection}). */
    static void install(JupyterConnection connection, BooleanSupplier lastCellFailed) {
        StopOnError stopOnError = new StopOnError(connection.getHandler(MessageType.EXECUTE_REQUEST), lastCellFailed);
        connection.setHandler(MessageType.EXECUTE_REQUEST, stopOnError::handle);
    }

    private void handle(ShellReplyEnvironment env, Message<ExecuteRequest> request) {
        Optional<Instant> date = sentAt(request);
        Failure last = failure;
        if (last != null && date.isPresent() && last.queuedBehind(date.get())) {
            env.setBusyDeferIdle();
            replyAborted(env, request);
            return;
        }
        Instant started = Instant.now();
        execute.handle(env, request);
        // Runs before basekernel sends the (deferred) reply, so a request the client makes after
        // seeing the error is dated later than answeredAt (on a clock that agrees with ours).
        Instant answered = Instant.now();
        boolean stop = lastCellFailed.getAsBoolean() && request.getContent().shouldStopOnError() && date.isPresent();
        failure = stop ? new Failure(date.get(), Duration.between(started, answered), answered) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void replyAborted(ShellReplyEnvironment env,
                                     Message<ExecuteRequest> request) {
        Map<String, Object> content = Map.of("status", "aborted");
        env.reply(new Message(request, MessageType.EXECUTE_REPLY, content));
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
