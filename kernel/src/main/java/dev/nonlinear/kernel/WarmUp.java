package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;

import java.util.List;

/**
 * {@code java -jar nonlinear-kernel.jar warm-up}: what the installer runs once with
 * {@code -XX:ArchiveClassesAtExit}, so that the JVM can map the classes a session uses from a
 * class-data-sharing archive at every kernel start instead of loading them one by one.
 */
final class WarmUp {
    private WarmUp() {
    }

    /** Starts a kernel, runs typical cells, completes a name, draws a chart and a table, then exits. */
    static void runAndExit() throws Exception {
        NonlinearKernel kernel = new NonlinearKernel(null);
        kernel.startNow();
        kernel.eval("int square(int x) {\n    return x * x;\n}\nString s = \"warm\";\nsquare(3) + s.length()");
        kernel.eval("var table = Table.create(\"t\", DoubleColumn.create(\"x\", 1, 2));\ntable");
        kernel.complete("Sys", 3);
        CellDisplays.preloadGraphics();
        kernel.getRenderer().render(tech.tablesaw.api.Table.create("t"));
        // The first reply of every start (kernel_info) passes through here.
        KernelReplyEnvironment.withStatus(new Message<>(new Header<>(KernelInfoReply.MESSAGE_TYPE),
                new KernelInfoReply("5.3", "warm-up", "1", kernel.getLanguageInfo(), kernel.getBanner(), List.of())));
        kernel.close();
        System.exit(0);
    }
}
