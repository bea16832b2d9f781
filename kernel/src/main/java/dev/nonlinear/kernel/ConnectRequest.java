package dev.nonlinear.kernel;

import io.github.spencerpark.jupyter.channels.ShellReplyEnvironment;
import io.github.spencerpark.jupyter.kernel.KernelConnectionProperties;
import io.github.spencerpark.jupyter.messages.Message;
import io.github.spencerpark.jupyter.messages.MessageType;

import java.lang.reflect.Constructor;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers connect_request (deprecated in the spec, still sent by some clients) with the ports of
 * the connection file.
 *
 * <p>basekernel 2.3 parses every message type it has no constant for as {@code UNKNOWN}, losing
 * its name, and offers no way to add a type. The only route is its private constructor, which
 * registers the name; if a later basekernel knows connect_request, its own type is used instead.
 */
final class ConnectRequest {
    private ConnectRequest() {
    }

    static void install(KernelConnection connection) {
        MessageType<Object> request = messageType("connect_request");
        MessageType<Object> reply = messageType("connect_reply");
        KernelConnectionProperties ports = connection.properties();
        connection.setHandler(request, (env, message) -> answer(env, message, reply, ports));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void answer(ShellReplyEnvironment env, Message<Object> request, MessageType<Object> reply,
                               KernelConnectionProperties ports) {
        env.setBusyDeferIdle();
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", "ok");
        content.put("shell_port", ports.getShellPort());
        content.put("iopub_port", ports.getIopubPort());
        content.put("stdin_port", ports.getStdinPort());
        content.put("hb_port", ports.getHbPort());
        content.put("control_port", ports.getControlPort());
        env.reply(new Message(request, reply, content));
    }

    @SuppressWarnings("unchecked")
    static MessageType<Object> messageType(String name) {
        MessageType<?> known = MessageType.getType(name);
        if (known != MessageType.UNKNOWN) {
            return (MessageType<Object>) known;
        }
        try {
            Constructor<MessageType> constructor = MessageType.class.getDeclaredConstructor(String.class, Class.class);
            constructor.setAccessible(true);
            return constructor.newInstance(name, Object.class);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot teach basekernel the message type " + name, e);
        }
    }
}
