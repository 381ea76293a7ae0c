package be.ibefe.avis.seance;

import be.ibefe.avis.bassin.Chambre;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo members' seats: membre1..5 at the CSEF and the Instance plénière, membre1, 3 and 4 at the Bureau, each
 * for an organisation of the bassin; and Huy-Waremme's members. Only in the demo profile and only once per bassin.
 */
@Component
@Profile("demo")
@Order(1)
class DemoMandats implements ApplicationRunner {

    static final LocalDate DEBUT = LocalDate.of(2020, 1, 1);
    static final String HUY = "HUY";

    private final MandatRepository repository;
    private final String bassin;

    DemoMandats(MandatRepository repository, @Value("${avis.bassin.defaut}") String bassin) {
        this.repository = repository;
        this.bassin = bassin;
    }

    @Override
    public void run(ApplicationArguments args) {
        membresHuyWaremme();
        if (repository.existsByBassinAndChambre(bassin, Chambre.CSEF)) {
            return;
        }
        String[][] membres = {
                {"membre1", "Marie Dubois", "Présidente", "FOREM"},
                {"membre2", "Jean Lambert", "Membre effectif", "Interfédé des CISP"},
                {"membre3", "Sophie Renard", "Membre effectif", "FGTB Liège-Huy-Waremme"},
                {"membre4", "Luc Martin", "Membre effectif", "Union wallonne des entreprises"},
                {"membre5", "Nadia Benali", "Membre effectif", "IFAPME Liège"}};
        for (String[] m : membres) {
            repository.save(new Mandat(bassin, m[0], m[1], Chambre.CSEF, m[2], true, m[3], null, DEBUT, null));
            repository.save(new Mandat(bassin, m[0], m[1], Chambre.INSTANCE_PLENIERE, "Membre effectif", true, m[3], null,
                    DEBUT, null));
        }
        for (String[] m : new String[][] {membres[0], membres[2], membres[3]}) {
            repository.save(new Mandat(bassin, m[0], m[1], Chambre.BUREAU, m[2], true, m[3], null, DEBUT, null));
        }
    }

    /**
     * Huy-Waremme's own members (README, « Se connecter »): membrehuy1..5 at its chambre and its plénière, membrehuy1, 3 and 4 at
     * its Bureau (as in Liège), so that a Huy dossier is deliberated by Huy people only. The sources name none of
     * them: names and organisations say they are the demo's.
     */
    private void membresHuyWaremme() {
        if (repository.existsByBassinAndChambre(HUY, Chambre.CSEF)) {
            return;
        }
        for (int i = 1; i <= 5; i++) {
            String login = "membrehuy" + i;
            String nom = "Membre %d de démonstration (Huy-Waremme)".formatted(i);
            String qualite = i == 1 ? "Présidente" : "Membre effectif";
            String organisation = "Organisation de démonstration " + i;
            repository.save(new Mandat(HUY, login, nom, Chambre.CSEF, qualite, true, organisation, null, DEBUT, null));
            repository.save(new Mandat(HUY, login, nom, Chambre.INSTANCE_PLENIERE, "Membre effectif", true,
                    organisation, null, DEBUT, null));
            if (i == 1 || i == 3 || i == 4) {
                repository.save(new Mandat(HUY, login, nom, Chambre.BUREAU, qualite, true, organisation, null, DEBUT,
                        null));
            }
        }
    }
}
