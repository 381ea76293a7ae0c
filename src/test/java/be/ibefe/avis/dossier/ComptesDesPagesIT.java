package be.ibefe.avis.dossier;

import static be.ibefe.avis.support.DossiersEnBase.Ligne.recu;
import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.DossiersEnBase;
import be.ibefe.avis.support.SessionPages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts the pages show since they no longer read every dossier (BENCHMARKS.md, « Requêtes SQL par page »): the
 * dossiers list takes its total from its counts per status, with or without a status chosen, across its pages; the
 * overdue dossiers and the dashboard's open ones are named by their open statuses, a notified or closed dossier never
 * among them.
 */
@AvisIntegrationTest
class ComptesDesPagesIT {

    private static final String PREFIXE = "COMPTES-PAGES-";
    private static final LocalDate RECU_LE = LocalDate.of(2006, 3, 1);
    private static final Pattern TOTAL = Pattern.compile("<strong>([0-9\\s\\u202f\\u00a0]+)</strong> dossier\\(s\\)");
    private static final Pattern TOTAL_OUVERTS = Pattern.compile(
            "<td><strong>Total</strong></td>.*?<strong>([0-9\\s\\u202f\\u00a0]+)</strong>", Pattern.DOTALL);
    private static final Pattern EN_RETARD = Pattern.compile(
            "<span class=\"en-retard\">([0-9\\s\\u202f\\u00a0]+)</span> dossier\\(s\\) ouvert\\(s\\)");

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void menage() {
        DossiersEnBase.supprimer(jdbc, PREFIXE);
    }

    @Test
    void the_list_total_comes_from_its_counts_per_status_on_every_page() {
        // 20 open and overdue, 6 notified and 1 closed, overdue too: 27 dossiers of 2006, more than a page of 25
        List<DossiersEnBase.Ligne> lignes = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lignes.add(recu(PREFIXE + "O" + i, AvisType.EPS_FOREM, RECU_LE).echeance(RECU_LE.plusDays(30)));
        }
        for (int i = 0; i < 6; i++) {
            lignes.add(recu(PREFIXE + "N" + i, AvisType.EPS_FOREM, RECU_LE).echeance(RECU_LE.plusDays(30))
                    .notifieApres(Decision.FAVORABLE, 20));
        }
        lignes.add(recu(PREFIXE + "C", AvisType.EPS_FOREM, RECU_LE).echeance(RECU_LE.plusDays(30))
                .clos(Decision.RETIRE));
        DossiersEnBase.inserer(jdbc, lignes);
        SessionPages pages = new SessionPages(port);
        pages.seConnecter("coordinateur");

        String premiere = pages.get("/dossiers?annee=2006").body();
        assertThat(nombre(TOTAL, premiere)).isEqualTo(27);
        assertThat(premiere).contains("Tous : 27", "rel=\"next\"");
        assertThat(lignes(premiere)).isEqualTo(DossierPage.TAILLE_PAGE);
        String seconde = pages.get("/dossiers?annee=2006&page=1").body();
        assertThat(nombre(TOTAL, seconde)).isEqualTo(27);
        assertThat(lignes(seconde)).isEqualTo(2);
        assertThat(seconde).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");

        assertThat(nombre(TOTAL, pages.get("/dossiers?annee=2006&statut=NOTIFIE").body())).isEqualTo(6);
        assertThat(nombre(TOTAL, pages.get("/dossiers?annee=2006&statut=INSCRIT").body())).isZero();
        // overdue: the open ones only, never the notified or the closed one whose deadline is past as well
        assertThat(nombre(TOTAL, pages.get("/dossiers?annee=2006&enRetard=true").body())).isEqualTo(20);
    }

    @Test
    void the_dashboard_counts_the_open_dossiers_only() {
        SessionPages pages = new SessionPages(port);
        pages.seConnecter("coordinateur");
        String avant = pages.get("/tableau-de-bord").body();
        DossiersEnBase.inserer(jdbc, List.of(
                recu(PREFIXE + "O1", AvisType.EPS_FOREM, RECU_LE).echeance(RECU_LE.plusDays(30)),
                recu(PREFIXE + "O2", AvisType.EPS_FOREM, RECU_LE).statut(Statut.EN_ANALYSE),
                recu(PREFIXE + "N", AvisType.EPS_FOREM, RECU_LE).echeance(RECU_LE.plusDays(30))
                        .notifieApres(Decision.FAVORABLE, 20),
                recu(PREFIXE + "C", AvisType.EPS_FOREM, RECU_LE).echeance(RECU_LE.plusDays(30))
                        .clos(Decision.RETIRE)));
        String apres = pages.get("/tableau-de-bord").body();

        assertThat(nombre(TOTAL_OUVERTS, apres)).isEqualTo(nombre(TOTAL_OUVERTS, avant) + 2);
        assertThat(nombre(EN_RETARD, apres)).isEqualTo(nombre(EN_RETARD, avant) + 1);
        // the first overdue ones, by deadline: as many as there are, twenty at most, the oldest deadline first
        List<LocalDate> echeances = Pattern.compile("<td class=\"en-retard\">(\\d{2})/(\\d{2})/(\\d{4})</td>")
                .matcher(apres).results().map(m -> LocalDate.of(Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))).toList();
        assertThat(echeances).hasSize((int) Math.min(20, nombre(EN_RETARD, apres))).isSorted();
        assertThat(echeances.get(0)).isBeforeOrEqualTo(RECU_LE.plusDays(30));
    }

    /** The rows of the list: one link to a dossier's page each. */
    private static long lignes(String page) {
        return Pattern.compile("<td><a href=\"/dossiers/\\d+\">").matcher(page).results().count();
    }

    private static long nombre(Pattern motif, String page) {
        Matcher m = motif.matcher(page);
        assertThat(m.find()).as("%s dans la page", motif).isTrue();
        return Long.parseLong(m.group(1).replaceAll("\\D", ""));
    }
}
