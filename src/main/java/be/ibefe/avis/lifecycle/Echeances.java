package be.ibefe.avis.lifecycle;

import be.ibefe.avis.dossier.Calendrier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.ParametresEcheances;
import be.ibefe.avis.system.AppelableParLesModeles;
import be.ibefe.avis.system.ClockConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The dates the models use ({@code ${echeances...}}): a task is due after its configured delay, and never after the
 * dossier's deadline; the reminder comes some days before. A due date falls at the end of its day.
 */
@Component("echeances")
@AppelableParLesModeles
public class Echeances {

    static final LocalTime HEURE_RAPPEL = LocalTime.of(8, 0);
    static final LocalTime FIN_DE_JOURNEE = LocalTime.of(23, 59, 59);
    static final DateTimeFormatter JOUR_EN_TOUTES_LETTRES = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private final ParametresEcheances parametres;
    private final Calendrier calendrier;
    private final DossierService dossiers;
    private final Clock clock;

    public Echeances(ParametresEcheances parametres, Calendrier calendrier, DossierService dossiers, Clock clock) {
        this.parametres = parametres;
        this.calendrier = calendrier;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    /** Due date of the task {@code cle}: its delay from today, but not after the dossier's deadline. */
    public Date tache(DelegateExecution execution, String cle) {
        LocalDate echeanceTache = calendrier.ajouter(LocalDate.now(clock), parametres.delaiTaches().getOrDefault(cle, 0));
        LocalDate echeanceDossier = dossiers.charger(ProcessDossier.dossierId(execution)).getEcheance();
        LocalDate jour = echeanceDossier != null && echeanceDossier.isBefore(echeanceTache) ? echeanceDossier
                : echeanceTache;
        return finDeJournee(jour.isBefore(LocalDate.now(clock)) ? LocalDate.now(clock) : jour);
    }

    /** When to remind whoever holds the task: some days before it is due, and not before tomorrow morning. */
    public Date relance(DelegateExecution execution, String cle) {
        LocalDate echeance = tache(execution, cle).toInstant().atZone(ClockConfig.BRUXELLES).toLocalDate();
        LocalDate jour = echeance.minusDays(parametres.rappelJoursAvant());
        LocalDate demain = LocalDate.now(clock).plusDays(1);
        return Date.from((jour.isBefore(demain) ? demain : jour).atTime(HEURE_RAPPEL).atZone(ClockConfig.BRUXELLES)
                .toInstant());
    }

    /** The end of the dossier's deadline day: past it, the dossier is escalated. */
    public Date echeanceDossier(DelegateExecution execution) {
        return finDeJournee(dossiers.charger(ProcessDossier.dossierId(execution)).getEcheance());
    }

    public String rappelPieces() {
        return "P%dD".formatted(parametres.rappelPiecesJours());
    }

    /**
     * The day by which the missing pieces are awaited, told to the applicant in the request: the withdrawal delay
     * from today. The reminder comes {@code rappelPiecesJours} after the request.
     */
    public LocalDate piecesAttenduesLe() {
        return LocalDate.now(clock).plusDays(parametres.retraitPiecesJours());
    }

    /** The end of the day the pieces were awaited by ({@code piecesAttenduesLe}, ISO): past it, the dossier is withdrawn. */
    public Date retraitPieces(String piecesAttenduesLe) {
        return finDeJournee(LocalDate.parse(piecesAttenduesLe));
    }

    /**
     * The delay the applicant was given, in words: « pour le 19 janvier 2027 », or, for a dossier whose pieces were
     * asked for before the date was recorded ({@code piecesAttenduesLe} null), « dans le délai de 45 jours ».
     */
    public String delaiPieces(String piecesAttenduesLe) {
        return piecesAttenduesLe == null ? "dans le délai de %d jours".formatted(parametres.retraitPiecesJours())
                : "pour le " + LocalDate.parse(piecesAttenduesLe).format(JOUR_EN_TOUTES_LETTRES);
    }

    private static Date finDeJournee(LocalDate jour) {
        return Date.from(jour.atTime(FIN_DE_JOURNEE).atZone(ClockConfig.BRUXELLES).toInstant());
    }
}
