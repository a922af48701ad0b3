package org.imagoclinic.notifications.internal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/**
 * The SMTP server that runs inside the application when none is configured ({@code spring.mail.host}
 * unset): the zero-setup run and the tests send real SMTP to it, and the tests read what arrived.
 * GreenMail (Apache-2.0) on a free port of the loopback interface; it keeps messages in memory only.
 */
public final class LocalMailServer implements AutoCloseable {

    private final GreenMail greenMail;

    LocalMailServer() {
        this.greenMail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    void start() {
        greenMail.start();
    }

    /** Stops the server with the application. */
    @Override
    public void close() {
        greenMail.stop();
    }

    int port() {
        return greenMail.getSmtp().getPort();
    }

    /** Every message received since the start, oldest first. */
    public List<MimeMessage> received() {
        return List.of(greenMail.getReceivedMessages());
    }
}
