package be.ibefe.avis.calendrier;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.support.Api;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.Demandes;
import be.ibefe.avis.support.SeancesApi;
import be.ibefe.avis.support.Taches;
import be.ibefe.avis.support.Travaux;
import be.ibefe.avis.system.ClockConfig;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The bassin's calendar: the iCalendar feed behind a secret, revocable address, read back by a real iCalendar
 * parser (biweekly); the reminders of the milestones to each bassin's own coordination, through the in-process SMTP.
 */
@AvisIntegrationTest
class CalendrierIT {

    @LocalServerPort
    int port;

    @Autowired
    RappelsDuCalendrier rappels;

    @Autowired
    GreenMail serveurCourriel;

    @Autowired
    Travaux travaux;

    Api api;

    @BeforeEach
    void client() {
        api = new Api(port);
    }

    @AfterEach
    void horlogeReelle() {
        ClockUtil.reset();
    }

    static HttpResponse<String> lire(String adresse) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(adresse)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_feed_behind_its_secret_address_is_read_by_a_calendar_client_until_revoked() throws Exception {
        LocalDate jour = LocalDate.now(ClockConfig.BRUXELLES).plusDays(20);
        SeancesApi seances = new SeancesApi(api);
        String seance = seances.creer("INSTANCE_PLENIERE", jour.toString(),
                seances.membres("INSTANCE_PLENIERE", jour.toString())).get("id").asText();

        Api.Reponse jeton = api.post("coordinateur", "/api/calendrier/jeton", "");
        assertThat(jeton.status()).as(jeton.corps()).isEqualTo(201);
        String adresse = jeton.json().get("adresse").asText();
        assertThat(adresse).matches("http://[^/]+/ical/[A-Za-z0-9_-]{43}\\.ics");

        HttpResponse<String> flux = lire(adresse);
        assertThat(flux.statusCode()).isEqualTo(200);
        assertThat(flux.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        ICalendar calendrier = Biweekly.parse(flux.body()).first();
        assertThat(calendrier).as(flux.body()).isNotNull();
        List<VEvent> evenements = calendrier.getEvents();
        VEvent pleniere = evenements.stream().filter(e -> e.getUid().getValue().equals("seance-" + seance + "@avis-engine"))
                .findFirst().orElseThrow();
        assertThat(pleniere.getSummary().getValue())
                .isEqualTo("Instance plénière du " + jour.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        assertThat(pleniere.getDateStart().getValue().hasTime()).as("a whole day").isFalse();
        assertThat(jourDe(pleniere.getDateStart().getValue())).isEqualTo(jour);
        assertThat(jourDe(pleniere.getDateEnd().getValue())).isEqualTo(jour.plusDays(1));
        int an = LocalDate.now(ClockConfig.BRUXELLES).getYear() + 1;
        VEvent cisp = evenements.stream().filter(e -> e.getSummary().getValue().equals("Prise d'effet des agréments CISP"))
                .filter(e -> jourDe(e.getDateStart().getValue()).equals(LocalDate.of(an, 1, 1))).findFirst().orElseThrow();
        assertThat(cisp.getCategories().get(0).getValues()).containsExactly("Échéance récurrente");

        Api.Reponse jetonHuy = api.post("coordhuy", "/api/calendrier/jeton", "");
        String fluxHuy = lire(jetonHuy.json().get("adresse").asText()).body();
        assertThat(Biweekly.parse(fluxHuy).first().getEvents()).as("Huy's feed holds no Liège séance")
                .noneMatch(e -> e.getUid().getValue().equals("seance-" + seance + "@avis-engine"));

        String nouvelle = api.post("coordinateur", "/api/calendrier/jeton", "").json().get("adresse").asText();
        assertThat(lire(adresse).statusCode()).as("a new address revokes the previous one").isEqualTo(404);
        assertThat(lire(nouvelle).statusCode()).isEqualTo(200);
        assertThat(api.envoyer(api.requete("coordinateur", "/api/calendrier/jeton").DELETE()).status()).isEqualTo(204);
        assertThat(lire(nouvelle).statusCode()).isEqualTo(404);
        assertThat(lire(nouvelle.replaceAll("/ical/.*", "/ical/inconnu.ics")).statusCode()).isEqualTo(404);
    }

    @Test
    void a_seance_s_card_gives_its_place_and_its_agenda_on_lines_of_their_own() {
        String dossier = new Taches(api, travaux).pretPourSeance(Demandes.cispNouvelleFiliere());
        String reference = api.get("coordinateur", "/api/dossiers/" + dossier).json().get("reference").asText();
        LocalDate jour = LocalDate.now(ClockConfig.BRUXELLES).plusDays(40);
        SeancesApi seances = new SeancesApi(api);
        String csef = seances.creer("CSEF", jour.toString(), List.of()).get("id").asText();
        String vide = seances.creer("INSTANCE_PLENIERE", jour.toString(), List.of()).get("id").asText();
        Api.Reponse ajout = api.post("coordinateur", "/api/seances/" + csef + "/ordre-du-jour/" + dossier, "");
        assertThat(ajout.status()).as(ajout.corps()).isEqualTo(200);

        com.fasterxml.jackson.databind.JsonNode evenements = api.get("coordinateur",
                "/api/calendrier?du=" + jour + "&au=" + jour).json();
        Map<String, String> fiches = new java.util.HashMap<>();
        evenements.forEach(e -> fiches.put(e.get("uid").asText(), e.get("description").asText()));
        assertThat(fiches.get("seance-" + csef)).isEqualTo("Lieu : Liège, rue Natalis\nOrdre du jour : " + reference);
        assertThat(fiches.get("seance-" + vide)).isEqualTo("Lieu : Liège, rue Natalis\nOrdre du jour : —");
    }

    @Test
    void each_coordination_is_reminded_once_of_its_coming_milestones_from_the_reminders_first_day() throws Exception {
        avant(LocalDate.of(2031, 3, 17));
        rappels.envoyer();
        assertThat(recus("Appel à projets APRC", "01/04/2031")).as("15 days before: not yet").isEmpty();

        avant(LocalDate.of(2031, 3, 18));
        assertThat(rappels.envoyer()).isPositive();
        List<MimeMessage> liege = recus("Calendrier Liège", "Appel à projets APRC");
        assertThat(liege).isNotEmpty();
        assertThat(destinataires(liege)).contains("coordinateur@example.be").noneMatch(a -> a.contains("huy"));
        assertThat(liege.get(0).getSubject()).isEqualTo(
                "Calendrier Liège : « Appel à projets APRC : réception des propositions » du 01/04/2031 au 30/06/2031");
        assertThat(liege.get(0).getContent().toString()).contains("envoyé par le système", "14 jour(s) avant");
        assertThat(destinataires(recus("Calendrier Huy-Waremme", "Appel à projets APRC"))).contains("coordhuy@example.be")
                .allMatch(a -> a.contains("huy"));

        int avantRepetition = serveurCourriel.getReceivedMessages().length;
        // every bassin served (other tests of the run may serve more than Liège and Huy) was reminded on the first day
        int premierJour = recus("Appel à projets APRC", "01/04/2031").size();
        assertThat(premierJour).isGreaterThanOrEqualTo(liege.size()
                + recus("Calendrier Huy-Waremme", "Appel à projets APRC").size());
        avant(LocalDate.of(2031, 3, 25));
        rappels.envoyer();
        assertThat(recus("Appel à projets APRC", "01/04/2031")).as("once per occurrence").hasSize(premierJour);
        assertThat(serveurCourriel.getReceivedMessages().length).isGreaterThanOrEqualTo(avantRepetition);
    }

    @Test
    void the_coordination_sets_its_own_bassin_s_milestones_within_their_limits() {
        Map<String, Object> ale = Map.of("libelle", "Rencontre annuelle avec les ALE", "moisDebut", 3, "jourDebut", 12,
                "periodicite", 1, "anneeReference", 2024, "rappelJours", 365);
        Api.Reponse modifie = api.envoyer(api.requete("coordhuy", "/api/calendrier/jalons/ALE")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Api.json(ale))));
        assertThat(modifie.status()).as(modifie.corps()).isEqualTo(200);
        assertThat(modifie.json().get("jourDebut").asInt()).isEqualTo(12);
        assertThat(api.get("coordinateur", "/api/calendrier/jalons").json().findValues("code").stream()
                .filter(c -> c.asText().equals("ALE")).count()).isEqualTo(1);
        assertThat(api.get("coordinateur", "/api/calendrier/jalons").json().toString())
                .as("Liège keeps its own date").contains("\"jourDebut\":26");
        String aujourdhui = LocalDate.now(ClockConfig.BRUXELLES).toString();
        String periode = "/api/journal?depuis=" + aujourdhui + "&jusqua=" + aujourdhui;
        assertThat(api.get("coordhuy", periode).json().findValuesAsText("objet")).contains("Jalon");
        assertThat(api.get("coordinateur", periode).json().toString()).as("Huy's milestones are Huy's business")
                .doesNotContain("Rencontre annuelle avec les ALE");

        Map<String, Object> faux = new java.util.HashMap<>(ale);
        faux.put("rappelJours", 366);
        faux.put("jourDebut", 31);
        faux.put("moisDebut", 4);
        Api.Reponse refuse = api.envoyer(api.requete("coordhuy", "/api/calendrier/jalons/ALE")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Api.json(faux))));
        assertThat(refuse.status()).isEqualTo(400);
        assertThat(refuse.json().findValuesAsText("champ")).containsExactly("jourDebut", "rappelJours");
        assertThat(api.envoyer(api.requete("membrehuy1", "/api/calendrier/jalons/ALE")
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(Api.json(ale))))
                .status()).isEqualTo(403);
        assertThat(api.get("coordinateur", "/api/calendrier?du=2030-01-01&au=2030-12-31").json()
                .findValuesAsText("titre")).contains("Rapport analytique et prospectif (triennal)",
                        "Appel à projets APRC : réception des propositions");
        assertThat(api.get("coordinateur", "/api/calendrier?du=2031-01-01&au=2032-12-31").json()
                .findValuesAsText("titre")).as("triennial: 2024, 2027, 2030, 2033; none in 2031 and 2032")
                .doesNotContain("Rapport analytique et prospectif (triennal)");
    }

    private static LocalDate jourDe(Date date) {
        return date.toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
    }

    private static void avant(LocalDate jour) {
        ClockUtil.setCurrentTime(Date.from(jour.atTime(8, 0).atZone(ClockConfig.BRUXELLES).toInstant()));
    }

    private List<MimeMessage> recus(String... contient) {
        return Arrays.stream(serveurCourriel.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(contient).allMatch(c -> sujet(m).contains(c));
            } catch (RuntimeException e) {
                return false;
            }
        }).toList();
    }

    private static String sujet(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> destinataires(List<MimeMessage> messages) {
        return messages.stream().flatMap(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
