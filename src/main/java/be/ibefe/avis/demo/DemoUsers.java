package be.ibefe.avis.demo;

import be.ibefe.avis.bassin.Bassins;
import be.ibefe.avis.security.Comptes;
import be.ibefe.avis.security.Groupes;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo accounts (README, « Se connecter »), password = login. Only in the demo profile. */
@Component
@Profile("demo")
@Order(0)
class DemoUsers implements ApplicationRunner {

    private final Comptes comptes;
    private final Bassins bassins;

    DemoUsers(Comptes comptes, Bassins bassins) {
        this.comptes = comptes;
        this.bassins = bassins;
    }

    @Override
    public void run(ApplicationArguments args) {
        comptes.assurerGroupes();
        comptes.assurerUtilisateur("coordinateur", "Claire", "Coordinatrice", "coordinateur", Groupes.COORDINATION);
        comptes.assurerUtilisateur("analyste", "Alain", "Analyste", "analyste", Groupes.EQUIPE);
        for (int i = 1; i <= 5; i++) {
            comptes.assurerUtilisateur("membre" + i, "Membre " + i, "CSEF", "membre" + i, Groupes.CSEF);
        }
        // the présidente also sits at the Bureau, which may decide in urgency
        comptes.assurerUtilisateur("membre1", "Membre 1", "CSEF", "membre1", Groupes.BUREAU);
        comptes.assurerUtilisateur("admin", "Ada", "Administratrice", "admin", Groupes.ADMIN, Groupes.CAMUNDA_ADMIN);
        // the users above belong to no bassin, hence to the default one (Liège); a second bassin and the regional
        // coordination show that each bassin sees only its own dossiers
        bassins.assurer("HUY", "Huy-Waremme");
        comptes.assurerUtilisateur("coordhuy", "Hugo", "Coordinateur Huy-Waremme", "coordhuy", Groupes.COORDINATION);
        bassins.affecter("coordhuy", "HUY");
        comptes.assurerUtilisateur("analystehuy", "Hélène", "Analyste Huy-Waremme", "analystehuy", Groupes.EQUIPE);
        bassins.affecter("analystehuy", "HUY");
        for (int i = 1; i <= 5; i++) {
            comptes.assurerUtilisateur("membrehuy" + i, "Membre " + i, "CSEF Huy-Waremme", "membrehuy" + i,
                    Groupes.CSEF);
            bassins.affecter("membrehuy" + i, "HUY");
        }
        comptes.assurerUtilisateur("membrehuy1", "Membre 1", "CSEF Huy-Waremme", "membrehuy1", Groupes.BUREAU);
        comptes.assurerUtilisateur("aibefe", "Régine", "Coordination régionale", "aibefe", Groupes.REGIONAL);
    }
}
