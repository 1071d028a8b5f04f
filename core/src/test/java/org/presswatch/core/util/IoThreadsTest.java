package org.presswatch.core.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class IoThreadsTest {
    @Test
    void oneThreadRunsTheCallsInOrderAwayFromTheCaller() throws IOException {
        IoThreads io = IoThreads.of("the test store", "test-io", 1);
        List<String> threads = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertEquals(n, io.call(() -> {
                threads.add(Thread.currentThread().getName());
                return n;
            }));
        }
        assertEquals(List.of("test-io", "test-io", "test-io"), threads);
        IOException thrown = assertThrows(IOException.class, () -> io.run(() -> {
            throw new IOException("disk full");
        }));
        assertEquals("disk full", thrown.getMessage(), "the work's own exception comes back as it was");
        io.close(() -> { });
    }

    @Test
    void anInterruptedCallerIsToldAndItsWorkStillCompletes() throws Exception {
        IoThreads io = IoThreads.of("the test store", "test-io", 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        Thread.currentThread().interrupt();
        InterruptedIOException e = assertThrows(InterruptedIOException.class, () -> io.run(() -> {
            await(release);
            done.countDown();
        }));
        assertTrue(Thread.interrupted(), "the interrupt flag is set again");
        assertTrue(e.getMessage().contains("the test store"), e.getMessage());
        release.countDown();
        assertTrue(done.await(10, TimeUnit.SECONDS), "the work completed");
        io.close(() -> { });
    }

    @Test
    void closingWaitsForTheWorkBegunEvenWhenInterruptedAndRefusesLaterCalls() throws Exception {
        IoThreads io = IoThreads.of("the test store", "test-io", 2);
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        Thread writer = new Thread(() -> {
            try {
                io.run(() -> {
                    started.countDown();
                    sleep(300);
                    order.add("write");
                });
            } catch (IOException ex) {
                order.add("failed: " + ex);
            }
        });
        writer.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread.currentThread().interrupt();
        io.close(() -> order.add("close"));
        assertTrue(Thread.interrupted(), "the interrupt flag is set again after the close");
        assertEquals(List.of("write", "close"), order, "the store closes after the write in flight");
        IllegalStateException closed = assertThrows(IllegalStateException.class, () -> io.call(() -> 1));
        assertEquals("the test store is closed", closed.getMessage());
        io.close(() -> order.add("again"));
        assertFalse(order.contains("again"), "a second close does nothing");
        writer.join();
    }

    private static void await(CountDownLatch latch) throws IOException {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }

    private static void sleep(long ms) throws IOException {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IOException(e);
        }
    }
}
