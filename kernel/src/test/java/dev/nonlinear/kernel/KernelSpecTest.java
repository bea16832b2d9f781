package dev.nonlinear.kernel;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KernelSpecTest {

    @Test
    void kernelJsonStartsTheJarInItsFolderWithTheGivenJava() {
        KernelSpec spec = new KernelSpec(Path.of("/opt/jdk/bin/java"), "Java (Nonlinear)", null, false);
        JsonObject json = new JsonParser().parse(spec.toJson()).getAsJsonObject();
        var argv = json.getAsJsonArray("argv");
        assertEquals("/opt/jdk/bin/java", argv.get(0).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        // Jupyter replaces {resource_dir} by the folder it installed the kernelspec to.
        assertEquals("{resource_dir}/nonlinear-kernel.jar", argv.get(argv.size() - 2).getAsString());
        assertEquals("-jar", argv.get(argv.size() - 3).getAsString());
        assertFalse(argv.toString().contains("SharedArchiveFile"));
        assertEquals("Java (Nonlinear)", json.get("display_name").getAsString());
        assertEquals("java", json.get("language").getAsString());
        assertEquals("message", json.get("interrupt_mode").getAsString());
        assertFalse(json.has("env"));
    }

    @Test
    void aTimeoutBecomesAnEnvironmentVariable() {
        KernelSpec spec = new KernelSpec(Path.of("java"), "J", "30", true);
        JsonObject json = new JsonParser().parse(spec.toJson()).getAsJsonObject();
        assertEquals("30", json.getAsJsonObject("env").get(CellTimeLimit.ENV).getAsString());
        assertTrue(json.getAsJsonArray("argv").toString().contains("-XX:SharedArchiveFile={resource_dir}/nonlinear-kernel.jsa"));
    }

    @Test
    void theFolderForJupyterIsSelfContained(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("built.jar"), "not really a jar");
        Path folder = Files.createDirectory(dir.resolve("spec"));
        Installer.writeFolder(folder, jar, new KernelSpec(Path.of("/usr/bin/java"), "J", "5", false));
        assertTrue(Files.isRegularFile(folder.resolve("kernel.json")));
        assertTrue(Files.isRegularFile(folder.resolve("logo-32x32.png")));
        assertTrue(Files.isRegularFile(folder.resolve("logo-64x64.png")));
        assertEquals("not really a jar", Files.readString(folder.resolve(KernelSpec.JAR_NAME)));
    }

    @Test
    void anotherKernelsSpecIsNoticedBeforeItIsReplaced() {
        String ijava = "{\"kernelspecs\": {\"java\": {\"resource_dir\": \"/k/java\", \"spec\": {\"argv\": [\"java\", \"-jar\","
                + " \"/opt/ijava/ijava-1.3.0.jar\", \"{connection_file}\"], \"display_name\": \"Java\", \"language\": \"java\"}}}}";
        assertEquals("\"Java\" in /k/java", Installer.otherKernel(ijava, "java").orElseThrow());
        assertTrue(Installer.otherKernel(ijava, "nonlinear").isEmpty(), "nothing installed under that name");
        String ours = "{\"kernelspecs\": {\"java\": {\"resource_dir\": \"/k/java\", \"spec\": "
                + new KernelSpec(Path.of("java"), "J", null, true).toJson() + "}}}";
        assertTrue(Installer.otherKernel(ours, "java").isEmpty(), "our own kernelspec is not another kernel");
        assertTrue(Installer.otherKernel("not json", "java").isEmpty());
    }

    @Test
    void cellTimeLimitParsing() {
        assertNull(CellTimeLimit.parse(null));
        assertNull(CellTimeLimit.parse(""));
        assertNull(CellTimeLimit.parse("0"));
        assertNull(CellTimeLimit.parse("soon"));
        assertEquals(Duration.ofSeconds(30), CellTimeLimit.parse("30"));
        assertEquals(Duration.ofMillis(1500), CellTimeLimit.parse(" 1.5 "));
    }
}
