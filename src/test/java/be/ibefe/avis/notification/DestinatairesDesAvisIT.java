package be.ibefe.avis.notification;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.documents.DocumentService;
import be.ibefe.avis.support.AdministrationsDuBassin;
import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.SessionPages;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.TextePdf;
import be.ibefe.avis.support.Travaux;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No guessed recipient: the avis of a type goes to the administration the dossier's bassin named for it — by e-mail
 * to the address the bassin entered, « à poster » when it entered none, « à poster » to a recipient still to configure
 * when it named nobody — never to another bassin's administration; the dossier page and the dashboard say what is
 * missing.
 */
@AvisIntegrationTest
class DestinatairesDesAvisIT {

    private static final String CISP_LIE = "cisp-liege@administration.example.be";
    private static final String CISP_HUY = "cisp-huy@administration.example.be";

    @LocalServerPort
    int port;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Travaux travaux;

    @Autowired
    DocumentService documents;

    @Autowired
    EnvoiRepository envois;

    Api api;

    @BeforeEach
    void client() throws Exception {
        api = new Api(port);
        travaux.executerEnAttente();
        serveurCourriel.purgeEmailFromAllMailboxes();
    }

    @Test
    void the_administration_named_with_an_e_mail_address_receives_the_avis_by_e_mail() throws Exception {
        AdministrationsDuBassin.nommer(api, "LIE", "CISP_AGREMENT", "Administration des CISP (essai)", null, CISP_LIE);
        AdministrationsDuBassin.nommer(api, "HUY", "CISP_AGREMENT", "Administration de Huy (essai)", null, CISP_HUY);

        long dossier = notifier();

        assertThat(transmissions(dossier)).extracting(Envoi::getDestinataire, Envoi::getStatut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CISP_LIE, Envoi.Statut.ENVOYE));
        assertThat(Arrays.stream(serveurCourriel.getReceivedMessages()).map(this::destinataire))
                .contains(CISP_LIE).doesNotContain(CISP_HUY);
        assertThat(lettreDeTransmission(dossier)).contains("Administration des CISP (essai)")
                .doesNotContain("Huy");
        assertThat(pageDuDossier("coordinateur", dossier)).doesNotContain("Transmission à l'administration</h2>");
    }

    @Test
    void an_administration_without_e_mail_address_gets_a_letter_to_post_and_the_pages_say_so() {
        AdministrationsDuBassin.nommer(api, "LIE", "CISP_AGREMENT", "SPW Emploi-Formation (essai)",
                "Rue de l'Essai 1\n5000 Namur", null);
        AdministrationsDuBassin.nommer(api, "HUY", "CISP_AGREMENT", "Administration de Huy (essai)", null, CISP_HUY);

        long dossier = notifier();

        assertThat(transmissions(dossier)).extracting(Envoi::getDestinataire, Envoi::getStatut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("SPW Emploi-Formation (essai)",
                        Envoi.Statut.A_POSTER));
        assertThat(Arrays.stream(serveurCourriel.getReceivedMessages()).map(this::destinataire))
                .doesNotContain(CISP_HUY);
        assertThat(lettreDeTransmission(dossier)).contains("SPW Emploi-Formation (essai)", "Rue de l'Essai 1",
                "5000 Namur");
        String attendu = "Le bassin Liège n'a pas d'adresse électronique pour l'administration qui reçoit les avis "
                + "« Agrément CISP » (SPW Emploi-Formation (essai)) : lettre à poster.";
        assertThat(pageDuDossier("coordinateur", dossier)).contains(html(attendu), "href=\"/bassin?code=LIE\"");
        assertThat(pageDuDossier("analyste", dossier)).contains(html(attendu))
                .doesNotContain("href=\"/bassin?code=LIE\"");
        assertThat(page("coordinateur", "/tableau-de-bord")).contains(html(attendu), "href=\"/bassin?code=LIE\"");
        assertThat(page("coordhuy", "/tableau-de-bord")).doesNotContain(html(attendu));
        assertThat(api.get("coordinateur", "/api/bassins/LIE").json().get("destinatairesManquants").toString())
                .contains(attendu);
    }

    @Test
    void a_type_whose_administration_the_bassin_did_not_name_is_posted_to_a_recipient_to_configure() throws Exception {
        AdministrationsDuBassin.nommer(api, "LIE", "CISP_AGREMENT", null, null, null);
        // Huy-Waremme named its own: a Liège avis never goes there
        AdministrationsDuBassin.nommer(api, "HUY", "CISP_AGREMENT", "Administration de Huy (essai)", null, CISP_HUY);

        long dossier = notifier();

        assertThat(transmissions(dossier)).extracting(Envoi::getDestinataire, Envoi::getStatut)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "destinataire à configurer (administration des avis « Agrément CISP »)", Envoi.Statut.A_POSTER));
        assertThat(Arrays.stream(serveurCourriel.getReceivedMessages()).map(this::destinataire))
                .doesNotContain(CISP_HUY);
        // the letter is kept, addressed to nobody rather than to a body nobody named
        assertThat(lettreDeTransmission(dossier)).contains("Nous vous transmettons l'avis")
                .doesNotContain("Administration de Huy", "SPW");
        String attendu = "Le bassin Liège n'a pas désigné l'administration qui reçoit les avis « Agrément CISP » : la "
                + "transmission est à poster, destinataire à configurer.";
        assertThat(pageDuDossier("coordinateur", dossier)).contains(html(attendu));
        assertThat(page("coordinateur", "/tableau-de-bord")).contains(html(attendu));
        assertThat(page("coordhuy", "/tableau-de-bord")).doesNotContain("Agrément CISP » : la transmission");
    }

    /** A Liège CISP dossier decided favourable in séance, its letters produced and its e-mails sent. */
    private long notifier() {
        Taches taches = new Taches(api, travaux);
        String id = taches.pretPourSeance(Demandes.cispNouvelleFiliere());
        new SeancesApi(api).deciderEnSeance(id, "FAVORABLE", Map.of());
        travaux.executerEnAttente();
        return Long.parseLong(id);
    }

    private List<Envoi> transmissions(long dossier) {
        return envois.findByDossierIdOrderByEnvoyeLeAscIdAsc(dossier).stream()
                .filter(e -> e.getNature() == NatureEnvoi.TRANSMISSION_ADMINISTRATION).toList();
    }

    private String lettreDeTransmission(long dossier) {
        long lettre = documents.liste(dossier).stream().filter(d -> d.nom().startsWith("Transmission"))
                .findFirst().orElseThrow().id();
        return TextePdf.de(documents.lire(dossier, lettre).octets());
    }

    private String pageDuDossier(String compte, long dossier) {
        return page(compte, "/dossiers/" + dossier);
    }

    private String page(String compte, String chemin) {
        var reponse = new SessionPages(port, compte).get(chemin);
        assertThat(reponse.statusCode()).isEqualTo(200);
        return reponse.body();
    }

    /** The text as Thymeleaf escapes it in a page. */
    private static String html(String texte) {
        return texte.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;");
    }

    private String destinataire(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
