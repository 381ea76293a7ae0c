package be.ibefe.avis.dossier;

import be.ibefe.avis.bassin.AvisType;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines (avis.echeances). The sources set no legal deadline: each type has a default, in calendar days or in
 * working days (weekends and Belgian public holidays excluded), used when the request gives none.
 *
 * @param joursParType           the default deadline of each type, counted from the reception
 * @param joursOuvrables         count working days rather than calendar days
 * @param joursFeriesSupplementaires holidays added to the legal ones, written MM-DD
 * @param delaiTaches            for each user task, the days it may take from its creation (its due date)
 * @param rappelJoursAvant       the reminder goes this many days before a task's due date
 * @param rappelPiecesJours      days after which an applicant is reminded of the missing pieces
 * @param retraitPiecesJours     days after which a dossier still incomplete is closed as withdrawn
 */
@ConfigurationProperties("avis.echeances")
public record ParametresEcheances(Map<AvisType, Integer> joursParType, boolean joursOuvrables,
        List<String> joursFeriesSupplementaires, Map<String, Integer> delaiTaches, int rappelJoursAvant,
        int rappelPiecesJours, int retraitPiecesJours) {

    List<MonthDay> feriesSupplementaires() {
        return joursFeriesSupplementaires.stream().map(j -> MonthDay.parse("--" + j)).toList();
    }
}
