package be.ibefe.avis.report;

import static org.assertj.core.api.Assertions.assertThat;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Demandeur;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.DossierRepository;
import be.ibefe.avis.dossier.Trace;
import be.ibefe.avis.security.Groupes;
import be.ibefe.avis.support.AvisIntegrationTest;
import be.ibefe.avis.support.TestProfiles;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The processing times read the moment of the notification the dossier keeps (V47) and give exactly what the
 * history gave: the same dossiers, the same moments, the same figures; the database counts the days from the
 * reception to the notification's day in Brussels as Java works them out ({@link Notification}). Dossiers of 2001 and 2002 in two bassins, led
 * through the dossier's own transitions (notified once, withdrawn by the Instance plénière and notified again,
 * withdrawn and still waiting, closed without an avis, a non-competence withdrawn then an avis notified, still open),
 * received or notified across a year's end and late in the evening; written in the test's transaction, rolled back.
 */
@AvisIntegrationTest
@Transactional
class MomentDeLaNotificationIT {

    private static final String PREFIXE = "MOMENT-IT-";
    private static final List<Integer> ANNEES = List.of(2001, 2002);
    private static final List<String> BASSINS = List.of("LIE", "HUY");

    /** The computation before V47, from the history: each NOTIFIE dossier's last entry into NOTIFIE. */
    private static final String PAR_L_HISTORIQUE = """
            select d.id, d.type, d.date_reception, d.echeance, h.horodatage
              from dossier d
              join dossier_historique h on h.dossier_id = d.id
             where d.annee = ? and d.statut = 'NOTIFIE' and h.statut = 'NOTIFIE'
               and (h.statut_precedent is null or h.statut_precedent <> 'NOTIFIE')%s
            """;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RapportQueries queries;

    @Autowired
    StatistiquesService statistiques;

    @Autowired
    Perimetre perimetre;

    private final Map<String, Instant> notifiesLe = new HashMap<>();
    private int numero;

    @BeforeEach
    void dossiersDeDeuxAnneesDansDeuxBassins() {
        Random hasard = new Random(22);
        List<Dossier> lot = new ArrayList<>();
        for (String bassin : BASSINS) {
            for (int i = 0; i < 40; i++) {
                LocalDate reception = LocalDate.of(ANNEES.get(i % 2), 1, 1).plusDays(hasard.nextInt(365));
                lot.add(mener(dossier(bassin, reception, hasard), i % 6, hasard));
            }
            // received on the last day, notified on 31 December at 23:30 UTC: 1 January in Brussels
            Dossier nouvelAn = dossier(bassin, LocalDate.of(2001, 12, 31), hasard);
            lot.add(notifier(nouvelAn, Instant.parse("2001-12-31T23:30:00Z")));
        }
        dossiers.saveAllAndFlush(lot);
    }

    @AfterEach
    void finDeLaRequete() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_dossier_keeps_when_its_standing_avis_was_notified_and_nothing_once_it_is_withdrawn() {
        Map<String, Instant> enBase = new HashMap<>();
        jdbc.query("select reference, notifie_le from dossier where reference like ?", rs -> {
            OffsetDateTime le = rs.getObject("notifie_le", OffsetDateTime.class);
            enBase.put(rs.getString("reference"), le == null ? null : le.toInstant());
        }, PREFIXE + "%");

        assertThat(enBase).hasSize(82).containsAllEntriesOf(notifiesLe);
        assertThat(enBase.entrySet().stream().filter(e -> !notifiesLe.containsKey(e.getKey())))
                .allSatisfy(e -> assertThat(e.getValue()).as(e.getKey()).isNull());
        assertThat(notifiesLe).hasSizeGreaterThan(30);
    }

    @Test
    void processing_times_are_those_the_history_gives_for_every_bassin_and_year() {
        for (int annee : ANNEES) {
            comparer(annee, null);
        }
    }

    @Test
    void processing_times_of_one_bassin_are_those_the_history_gives_for_that_bassin_alone() {
        for (String bassin : BASSINS) {
            for (int annee : ANNEES) {
                commeLeRegionalRestreintA(bassin);
                comparer(annee, bassin);
                finDeLaRequete();
            }
        }
    }

    @Test
    void the_notification_day_is_the_day_in_brussels_winter_and_summer_and_late_is_after_the_deadline_day() {
        LocalDate juin = LocalDate.of(2007, 6, 1);
        LocalDate decembre = LocalDate.of(2007, 12, 1);
        dossiers.saveAllAndFlush(List.of(
                // 23:59 and midnight in Brussels on the deadline day, summer time (UTC+2), then winter time (UTC+1)
                notifier(dossier(juin, juin.plusDays(29)), Instant.parse("2007-06-30T21:59:00Z")),
                notifier(dossier(juin, juin.plusDays(29)), Instant.parse("2007-06-30T22:00:00Z")),
                notifier(dossier(decembre, decembre.plusDays(30)), Instant.parse("2007-12-31T22:59:00Z")),
                notifier(dossier(decembre, decembre.plusDays(30)), Instant.parse("2007-12-31T23:00:00Z")),
                notifier(dossier(decembre, null), Instant.parse("2007-12-31T23:00:00Z"))));

        List<DelaisNotifies> attendus = List.of(
                new DelaisNotifies(AvisType.EQUIPEMENT, 29, false, 1),
                new DelaisNotifies(AvisType.EQUIPEMENT, 30, true, 1),
                new DelaisNotifies(AvisType.EQUIPEMENT, 30, false, 1),
                new DelaisNotifies(AvisType.EQUIPEMENT, 31, true, 1),
                new DelaisNotifies(AvisType.EQUIPEMENT, 31, false, 1));
        assertThat(queries.delais(2007)).containsExactlyInAnyOrderElementsOf(attendus);
        // the same in a session whose time zone is neither UTC nor Brussels (the JVM's zone is the session's): the
        // day is Brussels' whatever the server or the JVM is set to
        try {
            jdbc.execute(TestProfiles.surPostgres() ? "set local time zone 'Pacific/Kiritimati'"
                    : "set time zone 'Pacific/Kiritimati'");
            assertThat(queries.delais(2007)).as("session à UTC+14").containsExactlyInAnyOrderElementsOf(attendus);
        } finally {
            jdbc.execute(TestProfiles.surPostgres() ? "set local time zone default" : "set time zone local");
        }
        Delais totaux = statistiques.statistiques(2007).totaux();
        assertThat(totaux.notifies()).isEqualTo(5);
        assertThat(totaux.notifiesEnRetard()).as("notified after the deadline's day, in Brussels").isEqualTo(2);
        assertThat(totaux.delaiMedianJours()).isEqualByComparingTo("30.0");
        assertThat(totaux.delaiP90Jours()).isEqualByComparingTo("31.0");
    }

    private void comparer(int annee, String bassin) {
        List<Notification> historique = parLHistorique(annee, bassin);
        String cas = annee + " " + (bassin == null ? "tous les bassins" : bassin);

        assertThat(queries.delais(annee)).as(cas)
                .containsExactlyInAnyOrderElementsOf(Notification.comptes(historique)).isNotEmpty();
        Statistiques stats = statistiques.statistiques(annee);
        assertThat(stats.totaux()).as(cas)
                .isEqualTo(Delais.de(Notification.comptes(historique), stats.totaux().ouvertsEnRetard()));
        for (DelaisType type : stats.types()) {
            List<Notification> duType = historique.stream().filter(n -> n.type() == type.type()).toList();
            assertThat(type.delais()).as(cas + " " + type.type())
                    .isEqualTo(Delais.de(Notification.comptes(duType), type.delais().ouvertsEnRetard()));
        }
    }

    private List<Notification> parLHistorique(int annee, String bassin) {
        Map<Long, Notification> parDossier = new HashMap<>();
        List<Object> parametres = new ArrayList<>(List.of(annee, PREFIXE + "%"));
        if (bassin != null) {
            parametres.add(bassin);
        }
        jdbc.query(PAR_L_HISTORIQUE.formatted(" and d.reference like ?" + (bassin == null ? "" : " and d.bassin = ?")),
                rs -> {
                    Notification notification = new Notification(AvisType.valueOf(rs.getString("type")),
                            rs.getObject("date_reception", LocalDate.class), rs.getObject("echeance", LocalDate.class),
                            rs.getObject("horodatage", OffsetDateTime.class).toInstant());
                    parDossier.merge(rs.getLong("id"), notification,
                            (une, autre) -> une.notifieLe().isAfter(autre.notifieLe()) ? une : autre);
                }, parametres.toArray());
        return List.copyOf(parDossier.values());
    }

    /** A regional user's request narrowed to one bassin, as the dashboard's bassin selector does. */
    private void commeLeRegionalRestreintA(String bassin) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "regional", null, List.of(new SimpleGrantedAuthority("ROLE_" + Groupes.REGIONAL))));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        perimetre.restreindre(bassin);
    }

    private Dossier dossier(String bassin, LocalDate reception, Random hasard) {
        AvisType[] types = AvisType.values();
        return Dossier.enregistrer(bassin, PREFIXE + numero++, types[hasard.nextInt(types.length)],
                new Demandeur("Demandeur", CategorieDemandeur.AUTRE, null, null), "Demande de test", reception,
                hasard.nextInt(4) == 0 ? null : reception.plusDays(30 + hasard.nextInt(60)), null,
                JsonNodeFactory.instance.objectNode(), trace(reception.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    /** An équipement request of LIE received that day, with that deadline (none when null). */
    private Dossier dossier(LocalDate reception, LocalDate echeance) {
        return Dossier.enregistrer("LIE", PREFIXE + numero++, AvisType.EQUIPEMENT,
                new Demandeur("Demandeur", CategorieDemandeur.AUTRE, null, null), "Demande de test", reception,
                echeance, null, JsonNodeFactory.instance.objectNode(),
                trace(reception.atTime(9, 0).toInstant(ZoneOffset.UTC)));
    }

    /** One of six fates, its steps a few days apart, some late in the evening (already the next day in Brussels). */
    private Dossier mener(Dossier dossier, int sort, Random hasard) {
        Supplier<Instant> apres = avance(dossier.getDateReception(), hasard);
        switch (sort) {
            case 0 -> notifier(dossier, apres.get());
            case 1 -> {
                notifier(dossier, apres.get());
                dossier.rouvrir("Avis retiré par l'Instance plénière", trace(apres.get()));
                delibererEtNotifier(dossier, apres.get());
                dossier.consignerEnvoiAnnule("le courriel du premier avis", trace(apres.get()));
            }
            case 2 -> {
                notifier(dossier, apres.get());
                dossier.rouvrir("Avis retiré par l'Instance plénière", trace(apres.get()));
                notifiesLe.remove(dossier.getReference());
            }
            case 3 -> {
                dossier.retirer("Pièces jamais reçues", trace(apres.get()));
                dossier.notifier(trace(apres.get()));
            }
            case 4 -> {
                dossier.retirer("Pièces jamais reçues", trace(apres.get()));
                dossier.notifier(trace(apres.get()));
                dossier.rouvrir("Retrait refusé par l'Instance plénière", trace(apres.get()));
                delibererEtNotifier(dossier, apres.get());
            }
            default -> dossier.enregistrerEligibilite(List.of(), trace(apres.get()));
        }
        return dossier;
    }

    private Dossier notifier(Dossier dossier, Instant le) {
        dossier.enregistrerEligibilite(List.of(), trace(le.minusSeconds(3 * 86_400)));
        dossier.proposerAvis(Decision.FAVORABLE, "Proposition", trace(le.minusSeconds(2 * 86_400)));
        delibererEtNotifier(dossier, le);
        return dossier;
    }

    private void delibererEtNotifier(Dossier dossier, Instant le) {
        dossier.inscrire("Séance de test", trace(le.minusSeconds(3600)));
        dossier.deliberer(Decision.DEFAVORABLE, "Motivation", null, "Séance de test", trace(le.minusSeconds(1800)));
        dossier.notifier(trace(le));
        notifiesLe.put(dossier.getReference(), le);
    }

    /** Moments after the reception, each 3 to 40 days after the previous one, at 10:00 or 22:30 UTC. */
    private static Supplier<Instant> avance(LocalDate reception, Random hasard) {
        Instant[] dernier = {reception.atTime(10, 0).toInstant(ZoneOffset.UTC)};
        return () -> {
            Instant jour = dernier[0].plusSeconds(86_400L * (3 + hasard.nextInt(38)));
            dernier[0] = jour.atZone(ZoneOffset.UTC).toLocalDate()
                    .atTime(hasard.nextBoolean() ? 10 : 22, hasard.nextBoolean() ? 0 : 30).toInstant(ZoneOffset.UTC);
            return dernier[0];
        };
    }

    private static Trace trace(Instant le) {
        return new Trace("test", le);
    }
}
