package be.ibefe.avis.calendrier;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.bassin.EnTete;
import be.ibefe.avis.bassin.IdentitesBassins;
import be.ibefe.avis.notification.Courriels;
import be.ibefe.avis.notification.Destinataires;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds each bassin's coordination of its coming milestones: once a day (avis.calendrier.rappels-cron), on the
 * engine's clock, every milestone that starts within its reminder's days is mailed to the bassin's coordination, once
 * per occurrence and address (a unique row, whichever node checks first).
 */
@Configuration
@EnableScheduling
public class RappelsDuCalendrier {

    private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Bassins bassins;
    private final CalendrierDuBassin calendrier;
    private final Destinataires destinataires;
    private final Courriels courriels;
    private final IdentitesBassins identites;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RappelsDuCalendrier(Bassins bassins, CalendrierDuBassin calendrier, Destinataires destinataires, Courriels courriels,
            IdentitesBassins identites, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.bassins = bassins;
        this.calendrier = calendrier;
        this.destinataires = destinataires;
        this.courriels = courriels;
        this.identites = identites;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Scheduled(cron = "${avis.calendrier.rappels-cron}", zone = "Europe/Brussels")
    void chaqueJour() {
        envoyer();
    }

    /** Checks today's reminders (the engine's day); how many e-mails were sent. */
    public int envoyer() {
        LocalDate aujourdhui = LocalDate.now(clock);
        int envoyes = 0;
        for (Bassins.BassinView bassin : bassins.lister()) {
            for (Jalon jalon : calendrier.jalons(bassin.code())) {
                for (int annee = aujourdhui.getYear(); annee <= aujourdhui.getYear() + 1; annee++) {
                    var occurrence = jalon.en(annee);
                    if (occurrence.isEmpty() || aujourdhui.isAfter(occurrence.get().debut())
                            || aujourdhui.isBefore(occurrence.get().debut().minusDays(jalon.getRappelJours()))) {
                        continue;
                    }
                    for (String adresse : destinataires.coordination(bassin.code())) {
                        if (envoyer(bassin.code(), occurrence.get(), adresse)) {
                            envoyes++;
                        }
                    }
                }
            }
        }
        return envoyes;
    }

    private boolean envoyer(String bassin, Jalon.Occurrence occurrence, String adresse) {
        Boolean envoye = transaction.execute(statut -> {
            try {
                jdbc.update("insert into rappel_calendrier (bassin, code, echeance, destinataire, envoye_le) "
                        + "values (?, ?, ?, ?, ?)", bassin, occurrence.jalon().getCode(), occurrence.debut(), adresse,
                        Timestamp.from(clock.instant()));
            } catch (DuplicateKeyException deja) {
                statut.setRollbackOnly();
                return false;
            }
            EnTete enTete = identites.enTete(bassin, occurrence.debut());
            String quand = occurrence.debut().equals(occurrence.fin()) ? "le " + occurrence.debut().format(JOUR)
                    : "du %s au %s".formatted(occurrence.debut().format(JOUR), occurrence.fin().format(JOUR));
            courriels.envoyerHorsDossier(adresse, "Calendrier %s : « %s » %s".formatted(enTete.nom(),
                    occurrence.jalon().getLibelle(), quand), """
                    Bonjour,

                    Le calendrier de %s prévoit « %s » %s.

                    Ce rappel est envoyé par le système à la coordination du bassin, %d jour(s) avant l'échéance ; \
                    les jalons et leurs rappels se règlent sur la page « Calendrier ».
                    """.formatted(enTete.nomOfficiel(), occurrence.jalon().getLibelle(), quand,
                    occurrence.jalon().getRappelJours()));
            return true;
        });
        return Boolean.TRUE.equals(envoye);
    }
}
