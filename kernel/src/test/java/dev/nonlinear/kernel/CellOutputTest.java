package dev.nonlinear.kernel;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CellOutputTest {

    @Test
    void printedTextIsSentInChunksOnFlush() {
        List<String> sent = new ArrayList<>();
        CellOutput output = new CellOutput(sent::add);
        output.printStream().println("one");
        output.printStream().print("two");
        assertEquals(List.of(), sent, "nothing is sent before a flush");
        output.flush();
        output.flush();
        assertEquals(List.of("one\ntwo"), sent);
    }

    @Test
    void halfACharacterWaitsForTheRest() {
        List<String> sent = new ArrayList<>();
        CellOutput output = new CellOutput(sent::add);
        byte[] euro = "a€".getBytes(StandardCharsets.UTF_8); // 'a' + 3 bytes
        output.write(euro, 0, 2);
        output.flush();
        output.write(euro, 2, 2);
        output.flush();
        assertEquals(List.of("a", "€"), sent);
    }

    @Test
    void completeUtf8Length() {
        assertEquals(0, CellOutput.completeUtf8Length(new byte[0]));
        assertEquals(1, CellOutput.completeUtf8Length(new byte[] {'a', (byte) 0xE2}));
        assertEquals(4, CellOutput.completeUtf8Length("a€".getBytes(StandardCharsets.UTF_8)));
    }
}
