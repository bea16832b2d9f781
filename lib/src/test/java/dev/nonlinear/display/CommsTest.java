package dev.nonlinear.display;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comm API without Jupyter: a {@link CommHub} whose wire records what would be sent. */
class CommsTest {
    /** What the kernel would publish: "open target data", "send id data", "close id data". */
    private final List<String> sent = new ArrayList<>();
    private final CommHub hub = new CommHub(new CommHub.Wire() {
        @Override
        public void open(Comm comm, CommMessage message) {
            sent.add("open " + comm.targetName() + " " + message.data());
        }

        @Override
        public void send(Comm comm, CommMessage message) {
            sent.add("send " + comm.id() + " " + message.data());
        }

        @Override
        public void close(Comm comm, CommMessage message) {
            sent.add("close " + comm.id() + " " + message.data());
        }
    }, Runnable::run);

    @AfterEach
    void uninstall() {
        Comms.uninstall();
    }

    @Test
    void withoutAKernelThereAreNoComms() {
        assertFalse(Comms.isAvailable());
        Comms.registerTarget("t", (comm, open) -> { });   // harmless: nothing can open it
        assertThrows(IllegalStateException.class, () -> Comms.open("t", Map.of()));
    }

    @Test
    void theKernelOpensSendsAndClosesAComm() {
        Comms.install(hub);
        assertTrue(Comms.isAvailable());
        Comm comm = Comms.open("jupyter.widget", Map.of("value", 1));
        comm.send(Map.of("value", 2));
        assertEquals(Map.of(comm.id(), "jupyter.widget"), hub.openComms(null));
        comm.close();
        comm.close(); // a second close sends nothing
        assertFalse(comm.isOpen());
        assertEquals(Map.of(), hub.openComms(null));
        assertEquals(List.of("open jupyter.widget {value=1}", "send " + comm.id() + " {value=2}", "close " + comm.id() + " {}"), sent);
        assertThrows(IllegalStateException.class, () -> comm.send(Map.of()));
    }

    @Test
    void theFrontEndOpensACommToARegisteredTarget() {
        Comms.install(hub);
        List<Object> got = new ArrayList<>();
        Comms.registerTarget("echo", (comm, open) -> {
            got.add(comm.id() + " " + open.data());
            comm.onMessage(message -> comm.send(message.data()));
        });
        assertTrue(hub.opened("c1", "echo", CommMessage.of(Map.of("a", 1))));
        hub.received("c1", CommMessage.of(Map.of("b", 2)));
        assertEquals(List.of("c1 {a=1}"), got);
        assertEquals(List.of("send c1 {b=2}"), sent);
        assertEquals(Map.of("c1", "echo"), hub.openComms("echo"));
    }

    @Test
    void anUnknownTargetIsRefusedAndAFailingTargetClosesItsComm() {
        assertFalse(hub.opened("c1", "nobody", CommMessage.of(Map.of())));
        hub.registerTarget("broken", (comm, open) -> {
            throw new IllegalStateException("broken target");
        });
        String err = stderrOf(() -> assertTrue(hub.opened("c2", "broken", CommMessage.of(Map.of()))));
        assertTrue(err.contains("broken target"), err);
        assertEquals(List.of("close c2 {}"), sent);
        assertEquals(Map.of(), hub.openComms(null));
    }

    @Test
    void messagesBeforeAHandlerIsSetAreKeptInOrder() {
        Comm comm = hub.open("t", CommMessage.of(Map.of()));
        hub.received(comm.id(), CommMessage.of(Map.of("n", 1)));
        hub.received(comm.id(), CommMessage.of(Map.of("n", 2)));
        List<Object> got = new ArrayList<>();
        comm.onMessage(message -> got.add(message.data().get("n")));
        hub.received(comm.id(), CommMessage.of(Map.of("n", 3)));
        assertEquals(List.of(1, 2, 3), got);
    }

    @Test
    void aFailingHandlerDoesNotStopLaterMessages() {
        Comm comm = hub.open("t", CommMessage.of(Map.of()));
        List<Object> got = new ArrayList<>();
        comm.onMessage(message -> {
            got.add(message.data().get("n"));
            if (got.size() == 1) {
                throw new IllegalArgumentException("first one fails");
            }
        });
        String err = stderrOf(() -> {
            hub.received(comm.id(), CommMessage.of(Map.of("n", 1)));
            hub.received(comm.id(), CommMessage.of(Map.of("n", 2)));
        });
        assertEquals(List.of(1, 2), got);
        assertTrue(err.contains("first one fails"), err);
    }

    @Test
    void theFrontEndClosesAComm() {
        Comm comm = hub.open("t", CommMessage.of(Map.of()));
        List<Object> closes = new ArrayList<>();
        comm.onClose(message -> closes.add(message.data()));
        hub.closed(comm.id(), CommMessage.of(Map.of("why", "gone")));
        assertFalse(comm.isOpen());
        assertEquals(List.of(Map.of("why", "gone")), closes);
        comm.onClose(message -> closes.add("late " + message.data())); // set after the close: runs at once
        assertEquals(List.of(Map.of("why", "gone"), "late {why=gone}"), closes);
        hub.received(comm.id(), CommMessage.of(Map.of())); // to a closed comm: dropped
        comm.close(); // already closed by the front end: nothing sent
        assertEquals(List.of("open t {}"), sent);
    }

    @Test
    void commInfoFiltersByTarget() {
        Comm a = hub.open("a", CommMessage.of(Map.of()));
        Comm b = hub.open("b", CommMessage.of(Map.of()));
        assertEquals(Map.of(a.id(), "a", b.id(), "b"), hub.openComms(null));
        assertEquals(Map.of(b.id(), "b"), hub.openComms("b"));
        assertEquals(Map.of(), hub.openComms("c"));
    }

    @Test
    void callbacksRunOnTheCommThread() throws Exception {
        ExecutorService commThread = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "comm"));
        try {
            CommHub threaded = new CommHub(new CommHub.Wire() {
                public void open(Comm comm, CommMessage message) { }

                public void send(Comm comm, CommMessage message) { }

                public void close(Comm comm, CommMessage message) { }
            }, commThread);
            Comm comm = threaded.open("t", CommMessage.of(Map.of()));
            commThread.submit(() -> threaded.received(comm.id(), CommMessage.of(Map.of()))).get();
            List<String> threads = new ArrayList<>();
            comm.onMessage(message -> threads.add(Thread.currentThread().getName())); // set from this thread
            commThread.submit(() -> { }).get(); // whatever onMessage queued has run
            assertEquals(List.of("comm"), threads);
        } finally {
            commThread.shutdownNow();
            commThread.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aMessageHasEmptyDefaults() {
        CommMessage message = new CommMessage(null, null, null);
        assertEquals(Map.of(), message.data());
        assertEquals(Map.of(), message.metadata());
        assertEquals(List.of(), message.buffers());
        assertNull(CommMessage.of(null).data().get("x"));
    }

    private static String stderrOf(Runnable action) {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
