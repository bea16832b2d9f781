package dev.nonlinear.kernel;

import com.google.gson.JsonObject;
import io.github.spencerpark.jupyter.kernel.LanguageInfo;
import io.github.spencerpark.jupyter.messages.Header;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.reply.ErrorReply;
import io.github.spencerpark.jupyter.messages.reply.InterruptReply;
import io.github.spencerpark.jupyter.messages.reply.KernelInfoReply;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Replies that basekernel writes without a status get {@code "status": "ok"}; others stay as they are. */
class KernelReplyEnvironmentTest {

    @Test
    void aReplyWithoutStatusGetsOk() {
        Message<InterruptReply> reply = new Message<>(new Header<>(InterruptReply.MESSAGE_TYPE), new InterruptReply());
        JsonObject content = (JsonObject) KernelReplyEnvironment.withStatus(reply).getContent();
        assertEquals("ok", content.get("status").getAsString());
    }

    @Test
    void theRestOfTheContentIsKept() {
        KernelInfoReply info = new KernelInfoReply("5.3", "nonlinear", "1", new LanguageInfo.Builder("java").build(), "banner", List.of());
        Message<?> reply = KernelReplyEnvironment.withStatus(new Message<>(new Header<>(KernelInfoReply.MESSAGE_TYPE), info));
        JsonObject content = (JsonObject) reply.getContent();
        assertEquals("ok", content.get("status").getAsString());
        assertEquals("5.3", content.get("protocol_version").getAsString());
        assertEquals("java", content.getAsJsonObject("language_info").get("name").getAsString());
        assertEquals(KernelInfoReply.MESSAGE_TYPE, reply.getHeader().getType());
    }

    @Test
    void aReplyWithAStatusIsUnchanged() {
        Message<?> error = new Message<>(new Header<>(InterruptReply.MESSAGE_TYPE.error()), new ErrorReply("E", "boom", List.of()));
        assertSame(error, KernelReplyEnvironment.withStatus(error));
    }
}
