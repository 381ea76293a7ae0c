package be.ibefe.avis.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Properties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, and the application's mail sender pointed at it.
 * Tests read the messages back from it, and stop and start it to simulate a mail server outage.
 */
@Configuration
@Profile("test")
public class ServeurCourrielDeTest {

    /** A port chosen once, so that the server restarted after a simulated outage listens where it did. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail serveurCourriel() throws IOException {
        try (ServerSocket libre = new ServerSocket(0)) {
            return new GreenMail(new ServerSetup(libre.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
    }

    /** Declared as the implementation, as Spring Boot's own: the mail server's health indicator looks for it. */
    @Bean
    JavaMailSenderImpl mailSender(GreenMail serveurCourriel) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(serveurCourriel.getSmtp().getPort());
        Properties proprietes = new Properties();
        proprietes.put("mail.smtp.connectiontimeout", "2000");
        proprietes.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(proprietes);
        return sender;
    }
}
