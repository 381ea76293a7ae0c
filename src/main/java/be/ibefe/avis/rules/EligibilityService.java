package be.ibefe.avis.rules;

import be.ibefe.avis.dossier.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.ResultatCritere;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the criteria of the dossier's type and stores the report on the dossier. */
@Service
public class EligibilityService {

    private final DossierService dossiers;
    private final Map<AvisType, AvisTypeRules> reglesParType = new EnumMap<>(AvisType.class);

    public EligibilityService(DossierService dossiers, List<AvisTypeRules> regles) {
        this.dossiers = dossiers;
        regles.forEach(r -> reglesParType.put(r.type(), r));
    }

    public List<Critere> evaluer(Dossier dossier) {
        return regles(dossier).map(r -> r.regles().stream().map(regle -> regle.evaluer(dossier)).toList())
                .orElse(List.of());
    }

    /** The competence criterion of the type, if it has one. */
    public Optional<Critere> competence(Dossier dossier) {
        return regles(dossier).flatMap(AvisTypeRules::competence).map(regle -> regle.evaluer(dossier));
    }

    @Transactional
    public void evaluerEtEnregistrer(long dossierId) {
        dossiers.enregistrerEligibilite(dossierId, evaluer(dossiers.charger(dossierId)));
    }

    /** False only when the type's competence criterion says KO. */
    @Transactional(readOnly = true)
    public boolean estCompetent(long dossierId) {
        return competence(dossiers.charger(dossierId)).map(c -> c.getResultat() != ResultatCritere.KO).orElse(true);
    }

    /** Closes the dossier as NON_COMPETENT, with the competence criterion's explanation as the reason. */
    @Transactional
    public void cloreNonCompetent(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        Critere competence = competence(dossier).orElseThrow(() -> new IllegalStateException(
                "Le type " + dossier.getType() + " n'a pas de critère de compétence."));
        dossiers.declarerNonCompetent(dossierId, evaluer(dossier), competence.getExplication());
    }

    private Optional<AvisTypeRules> regles(Dossier dossier) {
        return Optional.ofNullable(reglesParType.get(dossier.getType()));
    }
}
