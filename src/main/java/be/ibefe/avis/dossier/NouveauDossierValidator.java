package be.ibefe.avis.dossier;

import be.ibefe.avis.system.ChampErreur;
import be.ibefe.avis.system.Dates;
import be.ibefe.avis.system.DonneesInvalidesException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Checks a request before anything is stored, and reports every field in error at once. Public for the batch intake
 * (importation), which checks every row of a file before it registers any.
 */
@Component
public class NouveauDossierValidator {

    /** No dossier of the Instances predates their creation; older dates are typing errors. */
    static final LocalDate PREMIERE_DATE = LocalDate.of(2000, 1, 1);
    static final int ECHEANCE_MAX_ANNEES = 5;

    private final Validator validator;
    private final Clock clock;

    NouveauDossierValidator(Validator validator, Clock clock) {
        this.validator = validator;
        this.clock = clock;
    }

    public void valider(NouveauDossier demande) {
        List<ChampErreur> erreurs = new ArrayList<>();
        for (ConstraintViolation<NouveauDossier> violation : validator.validate(demande)) {
            erreurs.add(new ChampErreur(violation.getPropertyPath().toString(), violation.getMessage()));
        }
        LocalDate reception = demande.dateReception();
        if (reception != null) {
            if (reception.isAfter(LocalDate.now(clock))) {
                erreurs.add(new ChampErreur("dateReception", "La date de réception ne peut pas être dans le futur."));
            } else if (reception.isBefore(PREMIERE_DATE)) {
                erreurs.add(new ChampErreur("dateReception",
                        "La date de réception ne peut pas être antérieure au " + new Dates().jour(PREMIERE_DATE) + "."));
            }
            LocalDate echeance = demande.echeance();
            if (echeance != null && echeance.isBefore(reception)) {
                erreurs.add(new ChampErreur("echeance", "L'échéance ne peut pas précéder la date de réception."));
            } else if (echeance != null && echeance.isAfter(reception.plusYears(ECHEANCE_MAX_ANNEES))) {
                erreurs.add(new ChampErreur("echeance",
                        "L'échéance ne peut pas dépasser de plus de %d ans la date de réception."
                                .formatted(ECHEANCE_MAX_ANNEES)));
            }
        }
        if (demande.demandeur() != null && demande.demandeur().bce() != null
                && NumeroBce.normaliser(demande.demandeur().bce()).isEmpty()) {
            erreurs.add(new ChampErreur("demandeur.bce",
                    "Numéro d'entreprise BCE invalide : 10 chiffres commençant par 0 ou 1, dont les deux derniers "
                            + "sont la clé de contrôle (ex. 0403.170.701)."));
        }
        if (demande.referenceExterne() != null && demande.referenceExterne().isBlank()) {
            erreurs.add(new ChampErreur("referenceExterne", "La référence externe, si elle est donnée, ne peut être vide."));
        }
        if (demande.donnees() != null && !demande.donnees().isObject()) {
            erreurs.add(new ChampErreur("donnees", "Les données doivent être un objet JSON ({ ... })."));
        } else if (demande.donnees() != null && demande.type() != null) {
            erreurs.addAll(SchemasDonnees.verifier(demande.type(), demande.donnees()));
        }
        if (!erreurs.isEmpty()) {
            erreurs.sort(Comparator.comparing(ChampErreur::champ));
            throw new DonneesInvalidesException(erreurs);
        }
    }
}
