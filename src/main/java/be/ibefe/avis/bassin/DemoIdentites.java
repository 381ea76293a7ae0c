package be.ibefe.avis.bassin;

import be.ibefe.avis.audit.Journal;
import be.ibefe.avis.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The identity of the two demo bassins, once (a bassin whose official name is filled in is left as its coordination
 * made it). Liège's comes from its 2024 activity report (seed 000: address l.1131-1133, presidents l.670-672 and
 * l.1039-1041, coordinatrice l.1043-1049); where the sources are silent (the coordination after 30/11/2024, every
 * item of Huy-Waremme but its official name) the data are placeholders that say they are.
 */
@Component
@Profile("demo")
@Order(1)
class DemoIdentites implements ApplicationRunner {

    private static final String DEMO = " (démonstration)";

    private final BassinRepository repository;
    private final Journal journal;
    private final Clock clock;

    DemoIdentites(BassinRepository repository, Journal journal, Clock clock) {
        this.repository = repository;
        this.journal = journal;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        completer("LIE", new Bassin.Identite("Liège",
                "Instance Bassin Enseignement qualifiant - Formation - Emploi de Liège",
                "CSEF",
                "Bureau de l'Instance Bassin EFE", "Instance plénière", Bassin.LIBELLE_CAFE, Bassin.LIBELLE_ENSEIGNEMENT,
                "Rue Ferdinand Campus 1\n4000 Liège", "Liège", List.of(
                        new Signataire(Organe.CSEF, "Cindy Russo", "Présidente de la CSEF", null,
                                LocalDate.of(2024, 2, 29)),
                        new Signataire(Organe.CSEF, "Damien Grégoire", "Président f.f. de la CSEF",
                                LocalDate.of(2024, 3, 1), null),
                        new Signataire(Organe.INSTANCE_PLENIERE, "Benjamin Wery",
                                "Président de l'Instance Bassin EFE de Liège", LocalDate.of(2020, 1, 1),
                                LocalDate.of(2023, 12, 31)),
                        new Signataire(Organe.INSTANCE_PLENIERE, "Philippe Naime",
                                "Président de l'Instance Bassin EFE de Liège", LocalDate.of(2024, 1, 1), null),
                        new Signataire(Organe.BUREAU, "Benjamin Wery", "Président de l'Instance Bassin EFE de Liège",
                                LocalDate.of(2020, 1, 1), LocalDate.of(2023, 12, 31)),
                        new Signataire(Organe.BUREAU, "Philippe Naime", "Président de l'Instance Bassin EFE de Liège",
                                LocalDate.of(2024, 1, 1), null),
                        new Signataire(Organe.COORDINATION, "Aïcha El Bahi Idrissi", "Coordinatrice", null,
                                LocalDate.of(2024, 11, 30)),
                        new Signataire(Organe.COORDINATION, "Coordinatrice de démonstration",
                                "Coordinatrice" + DEMO + " : poste à pourvoir selon le rapport 2024",
                                LocalDate.of(2024, 12, 1), null)), administrations()));
        completer("HUY", new Bassin.Identite("Huy-Waremme",
                "Instance Bassin Enseignement qualifiant - Formation - Emploi de Huy-Waremme",
                "Chambre Emploi Formation (CEF)", "Bureau de l'Instance Bassin EFE de Huy-Waremme",
                "Instance plénière", Bassin.LIBELLE_CAFE, Bassin.LIBELLE_ENSEIGNEMENT, "Adresse de démonstration\n4500 Huy", "Huy", List.of(
                        new Signataire(Organe.CSEF, "Présidente de démonstration", "Présidente de la CEF" + DEMO,
                                null, null),
                        new Signataire(Organe.INSTANCE_PLENIERE, "Président de démonstration",
                                "Président de l'Instance Bassin EFE de Huy-Waremme" + DEMO, null, null),
                        new Signataire(Organe.BUREAU, "Président de démonstration",
                                "Président de l'Instance Bassin EFE de Huy-Waremme" + DEMO, null, null),
                        new Signataire(Organe.COORDINATION, "Coordinateur de démonstration",
                                "Coordinateur de l'Instance Bassin EFE de Huy-Waremme" + DEMO, null, null)),
                administrations()));
    }

    /**
     * The administrations the shared domain document names as the likely recipients (the seeds name none): names only. No source gives
     * a postal or e-mail address, so none is entered; the demo's transmissions are therefore « à poster », and the
     * pages say what is missing.
     */
    private static List<Administration> administrations() {
        String spw = "SPW Emploi-Formation";
        return List.of(new Administration(AvisType.CISP_AGREMENT, spw, null, null),
                new Administration(AvisType.CREDIT_ADAPTATION, spw, null, null),
                new Administration(AvisType.APRC, spw, null, null),
                new Administration(AvisType.EPS_FOREM, "Le Forem", null, null),
                new Administration(AvisType.EQUIPEMENT, "Fédération Wallonie-Bruxelles - Fonds d'équipement", null,
                        null));
    }

    /**
     * A new demo bassin gets the whole identity; one the demo filled in before the administrations existed, and that
     * nobody edited since, gets its administrations.
     */
    private void completer(String code, Bassin.Identite identite) {
        repository.findById(code).ifPresent(bassin -> {
            if (bassin.getNomOfficiel() == null) {
                bassin.modifier(identite, CurrentUser.SYSTEME, clock.instant());
                journal.consigner("BASSIN_MODIFIE", "Bassin", code, null, null,
                        Map.of("nomOfficiel", identite.nomOfficiel(), "origine", "données de démonstration"));
            } else if (bassin.getAdministrations().isEmpty() && CurrentUser.SYSTEME.equals(bassin.getModifiePar())) {
                bassin.modifier(new Bassin.Identite(bassin.getNom(), bassin.getNomOfficiel(), bassin.getLibelleCsef(),
                        bassin.getLibelleBureau(), bassin.getLibellePleniere(),
                        bassin.getLibelleCafe(), bassin.getLibelleEnseignement(), bassin.getAdresse(),
                        bassin.getLieuSignature(), bassin.getSignataires(), identite.administrations()),
                        CurrentUser.SYSTEME, clock.instant());
                journal.consigner("BASSIN_MODIFIE", "Bassin", code, null, null,
                        Map.of("administrations", identite.administrations().size(), "origine",
                                "données de démonstration"));
            }
        });
    }
}
