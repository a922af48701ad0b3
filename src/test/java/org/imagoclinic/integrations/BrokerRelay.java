package org.imagoclinic.integrations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * A TCP relay on this machine between Kafka's clients and a broker: open, it passes every byte both
 * ways; cut, it drops every connection and refuses new ones, as a broker that went away would.
 */
final class BrokerRelay implements AutoCloseable {

    private final ServerSocket server;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private volatile IntSupplier target = () -> -1;
    private volatile boolean open = true;

    BrokerRelay() {
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofPlatform().daemon().name("broker-relay").start(this::accept);
    }

    /** Where clients connect: host:port. */
    String address() {
        return server.getInetAddress().getHostAddress() + ":" + server.getLocalPort();
    }

    /** The broker's port, asked for at each new connection. */
    void to(IntSupplier brokerPort) {
        target = brokerPort;
    }

    void open() {
        open = true;
    }

    void cut() {
        open = false;
        connections.forEach(BrokerRelay::closeQuietly);
        connections.clear();
    }

    @Override
    public void close() {
        cut();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (!open) {
                    client.close();
                    continue;
                }
                Socket broker = new Socket(server.getInetAddress(), target.getAsInt());
                connections.add(client);
                connections.add(broker);
                pipe(client, broker);
                pipe(broker, client);
            } catch (IOException | RuntimeException e) {
                // a client gave up, the broker is not there yet, or the relay closed: the next connection tries again
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        Thread.ofPlatform().daemon().name("broker-relay-pipe").start(() -> {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException e) {
                // cut or closed by either side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        });
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
