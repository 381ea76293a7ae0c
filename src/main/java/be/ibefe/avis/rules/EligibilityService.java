package be.ibefe.avis.rules;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Critere;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.ResultatCritere;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs the criteria of the dossier's type and stores the report on the dossier. */
@Service
public class EligibilityService {

    private final DossierService dossiers;
    private final TransitionsDuDossier transitions;
    private final Map<AvisType, AvisTypeRules> reglesParType = new TreeMap<>();

    public EligibilityService(DossierService dossiers, TransitionsDuDossier transitions, List<AvisTypeRules> regles) {
        this.dossiers = dossiers;
        this.transitions = transitions;
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
        transitions.enregistrerEligibilite(dossierId, evaluer(dossiers.charger(dossierId)));
    }

    /**
     * Whether the chambre is competent: false only when the type's competence criterion says KO, and then the
     * dossier carries a NON_COMPETENT proposal with the criterion's explanation, for the coordination to decide.
     */
    @Transactional
    public boolean verifierCompetence(long dossierId) {
        Dossier dossier = dossiers.charger(dossierId);
        Optional<Critere> competence = competence(dossier).filter(c -> c.getResultat() == ResultatCritere.KO);
        competence.ifPresent(c -> transitions.proposerNonCompetent(dossierId, evaluer(dossier), c.getExplication()));
        return competence.isEmpty();
    }

    private Optional<AvisTypeRules> regles(Dossier dossier) {
        return Optional.ofNullable(reglesParType.get(dossier.getType()));
    }
}
