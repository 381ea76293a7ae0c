package be.ibefe.avis.fiabilite;

import be.ibefe.avis.dossier.DossierService;
import be.ibefe.avis.dossier.TransitionsDuDossier;
import be.ibefe.avis.rules.AvisTypeRules;
import be.ibefe.avis.rules.EligibilityService;
import java.util.List;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The real eligibility service, which a test can put out of order to see what a failing delegate does to a
 * dossier, and then repair. In order by default: the other tests use it as the real one.
 */
@Component
@Primary
@Profile("test")
public class EligibiliteEnPanne extends EligibilityService {

    private volatile boolean enPanne;

    public EligibiliteEnPanne(DossierService dossiers, TransitionsDuDossier transitions, List<AvisTypeRules> regles) {
        super(dossiers, transitions, regles);
    }

    public void tomber() {
        enPanne = true;
    }

    public void reparer() {
        enPanne = false;
    }

    @Override
    public void evaluerEtEnregistrer(long dossierId) {
        if (enPanne) {
            throw new IllegalStateException("Panne simulée des règles d'éligibilité");
        }
        super.evaluerEtEnregistrer(dossierId);
    }
}
