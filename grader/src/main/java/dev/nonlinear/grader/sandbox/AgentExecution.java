package dev.nonlinear.grader.sandbox;

import jdk.jshell.execution.DirectExecutionControl;

/**
 * How the {@link SandboxAgent} runs snippets: JShell's direct execution, except that an exception
 * which fails while being described (a {@code getMessage()} that throws, a cause chain that loops)
 * is still reported as an exception of its class, instead of breaking the agent's connection.
 * The kernel would fail the cell either way; this keeps the rest of the notebook running.
 */
final class AgentExecution extends DirectExecutionControl {

    @Override
    protected String throwConvertedInvocationException(Throwable cause) throws RunException, InternalException {
        try {
            return super.throwConvertedInvocationException(cause);
        } catch (RunException | InternalException reported) {
            throw reported;
        } catch (Throwable describingFailed) {
            throw new UserException("(its message could not be read: " + describingFailed.getClass().getName() + ")",
                    cause.getClass().getName(), new StackTraceElement[0]);
        }
    }
}
