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
    void kernelJsonStartsTheJarWithTheGivenJava() {
        KernelSpec spec = new KernelSpec(Path.of("/opt/jdk/bin/java"), Path.of("/k/nonlinear-kernel.jar"), "Java (Nonlinear)", null, null);
        JsonObject json = new JsonParser().parse(spec.toJson()).getAsJsonObject();
        var argv = json.getAsJsonArray("argv");
        assertEquals("/opt/jdk/bin/java", argv.get(0).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertEquals("/k/nonlinear-kernel.jar", argv.get(argv.size() - 2).getAsString());
        assertEquals("-jar", argv.get(argv.size() - 3).getAsString());
        assertEquals("Java (Nonlinear)", json.get("display_name").getAsString());
        assertEquals("java", json.get("language").getAsString());
        assertEquals("message", json.get("interrupt_mode").getAsString());
        assertFalse(json.has("env"));
    }

    @Test
    void aTimeoutBecomesAnEnvironmentVariable() {
        KernelSpec spec = new KernelSpec(Path.of("java"), Path.of("k.jar"), "J", "30", Path.of("/k/a.jsa"));
        JsonObject json = new JsonParser().parse(spec.toJson()).getAsJsonObject();
        assertEquals("30", json.getAsJsonObject("env").get(CellTimeLimit.ENV).getAsString());
        assertTrue(json.getAsJsonArray("argv").toString().contains("-XX:SharedArchiveFile=/k/a.jsa"));
    }

    @Test
    void installWritesASelfContainedFolder(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("built.jar"), "not really a jar");
        Path spec = Installer.install(dir.resolve("share/jupyter/kernels/java"), jar, Path.of("/usr/bin/java"), "5", false);
        assertTrue(Files.isRegularFile(spec.resolve("kernel.json")));
        assertTrue(Files.isRegularFile(spec.resolve("logo-64x64.png")));
        assertEquals("not really a jar", Files.readString(spec.resolve(Installer.JAR_NAME)));
        String json = Files.readString(spec.resolve("kernel.json"));
        assertTrue(json.contains(spec.resolve(Installer.JAR_NAME).toAbsolutePath().toString()), json);
        // Installing again replaces the jar in place.
        Files.writeString(jar, "version 2");
        Installer.install(spec, jar, Path.of("/usr/bin/java"), null, false);
        assertEquals("version 2", Files.readString(spec.resolve(Installer.JAR_NAME)));
    }

    @Test
    void anotherKernelsSpecIsNoticedBeforeItIsReplaced(@TempDir Path dir) throws Exception {
        assertTrue(Installer.otherKernel(dir).isEmpty(), "nothing installed yet");
        Files.writeString(dir.resolve("kernel.json"),
                "{\"argv\": [\"java\", \"-jar\", \"/opt/ijava/ijava-1.3.0.jar\", \"{connection_file}\"],"
                        + " \"display_name\": \"Java\", \"language\": \"java\"}");
        assertEquals("\"Java\"", Installer.otherKernel(dir).orElseThrow());
        Installer.install(dir, Files.writeString(dir.resolve("built.jar"), "jar"), Path.of("/usr/bin/java"), null, false);
        assertTrue(Installer.otherKernel(dir).isEmpty(), "our own kernelspec is not another kernel");
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
