package be.ibefe.avis.report;

import static be.ibefe.avis.support.DossiersEnBase.Ligne.recu;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.DossiersEnBase;
import be.ibefe.avis.support.DossiersEnBase.Ligne;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report's SQL on a few dozen dossiers of known fate, on H2 and on PostgreSQL. The dossiers of 2003 are written
 * in the test's transaction and rolled back after it.
 */
@AvisIntegrationTest
@Transactional
class RapportActiviteIT {

    private static final int ANNEE = 2003;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RapportService rapports;

    @Autowired
    StatistiquesService statistiques;

    private int numero;

    @BeforeEach
    void dossiersDeLAnnee() {
        List<Ligne> lignes = new ArrayList<>();
        int[] delaisCisp = {10, 20, 30, 40, 50, 60, 70, 80};
        for (int jours : delaisCisp) {
            lignes.add(cisp(LocalDate.of(ANNEE, 2, 1)).notifieApres(Decision.FAVORABLE, jours));
        }
        lignes.add(cisp(LocalDate.of(ANNEE, 2, 1)).notifieApres(Decision.DEFAVORABLE, 90));

        for (int i = 0; i < 6; i++) {
            lignes.add(credit(LocalDate.of(ANNEE, 5, 10)).notifieApres(Decision.FAVORABLE, 30));
        }
        lignes.add(credit(LocalDate.of(ANNEE, 5, 10)).notifieApres(Decision.FAVORABLE_AVEC_RECOMMANDATION, 30));
        lignes.add(credit(LocalDate.of(ANNEE, 12, 31)).notifieApres(Decision.FAVORABLE, 30));
        lignes.add(credit(LocalDate.of(ANNEE + 1, 1, 1)));

        // 22:30 UTC on 30 March 2003 is already 31 March in Brussels (summer time since 02:00): 7 days, not 6
        lignes.add(ale(LocalDate.of(ANNEE, 3, 24)).notifie(Decision.FAVORABLE, Instant.parse("2003-03-30T22:30:00Z")));
        lignes.add(ale(LocalDate.of(ANNEE, 4, 1)).notifieApres(Decision.FAVORABLE, 8));
        lignes.add(ale(LocalDate.of(ANNEE, 4, 2)).clos(Decision.NON_COMPETENT));
        lignes.add(ale(LocalDate.of(ANNEE, 4, 3)).clos(Decision.NON_COMPETENT));

        lignes.add(aprc().decide(Decision.FAVORABLE).echeance(LocalDate.of(ANNEE, 7, 1)));
        lignes.add(aprc().decide(Decision.FAVORABLE));
        lignes.add(aprc().decide(Decision.FAVORABLE));
        lignes.add(aprc().clos(Decision.RETIRE).echeance(LocalDate.of(ANNEE, 7, 1)));
        lignes.add(aprc().clos(Decision.RETIRE));

        lignes.add(eps().ajourne().echeance(LocalDate.of(ANNEE, 5, 1)));
        lignes.add(eps().statut(Statut.EN_ANALYSE).echeance(LocalDate.of(ANNEE, 6, 30)));
        lignes.add(eps().statut(Statut.INCOMPLET));

        lignes.add(recu(reference(), AvisType.POLE_OPPORTUNITE, LocalDate.of(ANNEE - 1, 12, 31)));
        DossiersEnBase.inserer(jdbc, lignes);
    }

    @Test
    void every_type_is_counted_by_reception_year_in_the_order_of_the_enum() {
        RapportActivite rapport = rapports.rapportActivite(ANNEE);

        assertThat(rapport.annee()).isEqualTo(ANNEE);
        assertThat(rapport.types()).extracting(ActiviteType::type).containsExactly(AvisType.values());
        assertThat(parType(rapport)).containsExactly(
                "CISP_AGREMENT 9 9 8 0 1 0 0",
                "CREDIT_ADAPTATION 8 8 8 1 0 0 0",
                "ALE_FORMATION 4 2 2 0 0 2 0",
                "APRC 5 3 3 0 0 0 0",
                "EPS_FOREM 3 0 0 0 0 0 3",
                "EQUIPEMENT 0 0 0 0 0 0 0",
                "POLE_OPPORTUNITE 0 0 0 0 0 0 0",
                "INTERPELLATION 0 0 0 0 0 0 0");
        assertThat(rapport.totaux()).isEqualTo(new Compteurs(29, 22, 21, 1, 1, 2, 3, 0));
        assertThat(rapport.totaux().retires()).isEqualTo(2);
    }

    @Test
    void a_dossier_received_on_the_first_of_january_belongs_to_the_new_year() {
        assertThat(parType(rapports.rapportActivite(ANNEE + 1))).contains("CREDIT_ADAPTATION 1 0 0 0 0 0 1");
        assertThat(parType(rapports.rapportActivite(ANNEE - 1))).contains("POLE_OPPORTUNITE 1 0 0 0 0 0 1");
    }

    @Test
    void processing_times_run_from_reception_to_notification_per_type_and_overall() {
        Statistiques stats = statistiques.statistiques(ANNEE);

        assertThat(stats.types()).extracting(DelaisType::type).containsExactly(AvisType.values());
        Function<AvisType, Delais> delais = type -> stats.types().stream().filter(t -> t.type() == type)
                .findFirst().orElseThrow().delais();
        assertThat(delais.apply(AvisType.CISP_AGREMENT))
                .isEqualTo(new Delais(9, bd("50.0"), bd("82.0"), 3, 0));
        assertThat(delais.apply(AvisType.CREDIT_ADAPTATION))
                .isEqualTo(new Delais(8, bd("30.0"), bd("30.0"), 0, 0));
        assertThat(delais.apply(AvisType.ALE_FORMATION)).isEqualTo(new Delais(2, bd("7.5"), bd("7.9"), 0, 0));
        assertThat(delais.apply(AvisType.APRC)).isEqualTo(new Delais(0, null, null, 0, 1));
        assertThat(delais.apply(AvisType.EPS_FOREM)).isEqualTo(new Delais(0, null, null, 0, 2));
        assertThat(stats.totaux()).isEqualTo(new Delais(19, bd("30.0"), bd("72.0"), 3, 3));
    }

    @Test
    void a_dossier_notified_twice_counts_once_from_its_first_notification() {
        jdbc.update("""
                insert into dossier_historique (dossier_id, horodatage, utilisateur, statut_precedent, statut, evenement)
                select dossier_id, horodatage + interval '400' day, 'test', statut, statut, 'Avis notifié à nouveau'
                  from dossier_historique
                 where statut = 'NOTIFIE' and dossier_id in (select id from dossier where reference like 'RAPPORT-IT-%')
                """);

        Statistiques stats = statistiques.statistiques(ANNEE);

        assertThat(stats.totaux()).isEqualTo(new Delais(19, bd("30.0"), bd("72.0"), 3, 3));
    }

    @Test
    void activity_is_also_counted_per_category_of_applicant() {
        Statistiques stats = statistiques.statistiques(ANNEE);

        assertThat(stats.categories()).extracting(ActiviteCategorie::categorie)
                .containsExactly(CategorieDemandeur.values());
        assertThat(stats.categories().stream().filter(c -> c.compteurs().recus() > 0)
                .map(c -> c.categorie() + " " + ligne(c.compteurs())))
                .containsExactly("CISP 9 9 8 0 1 0 0", "ALE 4 2 2 0 0 2 0", "ENTREPRISE 8 8 8 1 0 0 0",
                        "ECOLE 3 0 0 0 0 0 3", "OPERATEUR 5 3 3 0 0 0 0");
    }

    private static java.math.BigDecimal bd(String valeur) {
        return new java.math.BigDecimal(valeur);
    }

    private static List<String> parType(RapportActivite rapport) {
        return rapport.types().stream().map(t -> t.type() + " " + ligne(t.compteurs())).toList();
    }

    private static String ligne(Compteurs c) {
        return List.of(c.recus(), c.analyses(), c.favorables(), c.favorablesAvecRecommandation(), c.defavorables(),
                c.nonCompetents(), c.enCours()).stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    private String reference() {
        return "RAPPORT-IT-" + (++numero);
    }

    private Ligne cisp(LocalDate reception) {
        return recu(reference(), AvisType.CISP_AGREMENT, reception).categorie(CategorieDemandeur.CISP)
                .echeance(reception.plusDays(60));
    }

    private Ligne credit(LocalDate reception) {
        return recu(reference(), AvisType.CREDIT_ADAPTATION, reception).categorie(CategorieDemandeur.ENTREPRISE);
    }

    private Ligne ale(LocalDate reception) {
        return recu(reference(), AvisType.ALE_FORMATION, reception).categorie(CategorieDemandeur.ALE);
    }

    private Ligne aprc() {
        return recu(reference(), AvisType.APRC, LocalDate.of(ANNEE, 4, 15)).categorie(CategorieDemandeur.OPERATEUR);
    }

    private Ligne eps() {
        return recu(reference(), AvisType.EPS_FOREM, LocalDate.of(ANNEE, 2, 20)).categorie(CategorieDemandeur.ECOLE);
    }
}
