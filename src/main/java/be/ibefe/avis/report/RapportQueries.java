package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.security.CurrentUser;
import be.ibefe.avis.system.BaseDeDonnees;
import be.ibefe.avis.system.ClockConfig;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The report's figures in plain SQL that H2 and PostgreSQL both run; no dossier entity is loaded. The counters are
 * grouped by the database (a few dozen rows whatever the number of dossiers), and so are the processing times (a
 * few hundred: per type, number of days and lateness).
 */
@Repository
class RapportQueries {

    /**
     * How many dossiers per key and decision: a few dozen rows, which {@link Compteurs#de} turns into counters. A
     * withdrawal the system decided ({@code d_office}) is one d'office, for want of the pieces asked for. Grouped in an
     * outer query: PostgreSQL does not take a grouped expression holding a parameter for the selected one.
     */
    private static final String COMPTEURS = """
            select cle, decision, d_office, count(*) as nombre
              from (select %1$s as cle, decision, case when decision_par = :systeme then 1 else 0 end as d_office
                      from dossier
                     where annee = :annee%2$s) d
             group by cle, decision, d_office
            """;

    /**
     * The processing times of the dossiers whose avis stands (NOTIFIE now: an avis the Instance plénière withdrew put
     * it back to PRET_POUR_SEANCE), counted per type, number of days and lateness: a few hundred rows however many
     * dossiers, read from {@code ix_dossier_annee_statut} alone. The notification's day is the Belgian calendar day of
     * the moment the dossier keeps (V47), by the database's time zone rules (Java's for H2) whatever the session's
     * time zone; late: notified after the deadline's day. The day and the days are written for each database (below).
     */
    private static final String DELAIS = """
            select type, jours, en_retard, count(*) as nombre
              from (select type, %2$s as jours, case when echeance is not null and jour > echeance then 1 else 0 end
                           as en_retard
                      from (select type, date_reception, echeance, %1$s as jour
                              from dossier
                             where annee = :annee and statut = :notifie and notifie_le is not null%%s%3$s) n) d
             group by type, jours, en_retard
            """;

    /**
     * PostgreSQL: {@code at time zone} gives the local time in Brussels, a date minus a date is a number of days, and
     * {@code offset 0} keeps the day worked out once per dossier (the planner would otherwise copy its expression into
     * each use: a third longer on 35 000 dossiers).
     */
    private static final String DELAIS_POSTGRESQL = DELAIS.formatted(
            "cast(notifie_le at time zone '%s' as date)".formatted(ClockConfig.BRUXELLES.getId()),
            "jour - date_reception", " offset 0");
    /**
     * H2: its cast of a moment with its offset to a date takes the day in the JVM's time zone, not the value's; its
     * formatting function takes the zone.
     */
    private static final String DELAIS_H2 = DELAIS.formatted(
            "cast(formatdatetime(notifie_le, 'yyyy-MM-dd', 'en', '%s') as date)"
                    .formatted(ClockConfig.BRUXELLES.getId()),
            "datediff(day, date_reception, jour)", "");

    /** The open statuses named (not "neither NOTIFIE nor CLOS"): read from {@code ix_dossier_annee_statut} alone. */
    private static final String OUVERTS_EN_RETARD = """
            select type as cle, count(*) as nombre
              from dossier
             where annee = :annee and statut in (:ouverts) and echeance < :aujourdhui%s
             group by type
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Perimetre perimetre;
    /** The processing times' query for the database the application runs on. */
    private final String delais;

    RapportQueries(NamedParameterJdbcTemplate jdbc, Perimetre perimetre) {
        this.jdbc = jdbc;
        this.perimetre = perimetre;
        String produit = BaseDeDonnees.produit(jdbc.getJdbcTemplate().getDataSource());
        this.delais = switch (BaseDeDonnees.de(produit).orElseThrow(() -> new IllegalStateException(
                "Base de données non prise en charge pour les délais du rapport : " + produit))) {
            case H2 -> DELAIS_H2;
            case POSTGRESQL -> DELAIS_POSTGRESQL;
        };
    }

    /**
     * The condition keeping the dossiers of the bassins in view: the user's own, the one a regional user chose,
     * or none for the consolidated report across bassins.
     */
    private String bassins(MapSqlParameterSource parametres, String colonne) {
        return perimetre.visibles().map(bassins -> {
            parametres.addValue("bassins", bassins);
            return " and " + colonne + " in (:bassins)";
        }).orElse("");
    }

    /** The last year up to {@code jusqua} in which a dossier in view was received; empty when there is none. */
    Optional<Integer> derniereAnneeAvecDossiers(int jusqua) {
        MapSqlParameterSource parametres = new MapSqlParameterSource("jusqua", jusqua);
        Integer annee = jdbc.queryForObject("select max(annee) from dossier where annee <= :jusqua"
                + bassins(parametres, "bassin"), parametres, Integer.class);
        return Optional.ofNullable(annee);
    }

    /** The {@link Compteurs} per avis type, for the dossiers received in {@code annee}. */
    Map<AvisType, Compteurs> compteursParType(int annee) {
        return compteurs(annee, "type", AvisType::valueOf);
    }

    Map<CategorieDemandeur, Compteurs> compteursParCategorie(int annee) {
        return compteurs(annee, "demandeur_categorie", CategorieDemandeur::valueOf);
    }

    /**
     * The processing times of the dossiers received in {@code annee} whose avis stands, notified: from the reception to
     * the last time the dossier became NOTIFIE (an avis withdrawn by the Instance plénière and given again was notified
     * twice), counted per type, days and lateness.
     */
    List<DelaisNotifies> delais(int annee) {
        MapSqlParameterSource parametres = new MapSqlParameterSource("annee", annee)
                .addValue("notifie", Statut.NOTIFIE.name());
        return jdbc.query(delais.formatted(bassins(parametres, "bassin")), parametres,
                (rs, ligne) -> new DelaisNotifies(AvisType.valueOf(rs.getString("type")), rs.getLong("jours"),
                        rs.getInt("en_retard") == 1, rs.getLong("nombre")));
    }

    /** Per avis type, the dossiers received in {@code annee}, still open, whose deadline is before {@code aujourdhui}. */
    Map<AvisType, Long> ouvertsEnRetard(int annee, LocalDate aujourdhui) {
        MapSqlParameterSource parametres = new MapSqlParameterSource("annee", annee)
                .addValue("ouverts", noms(Statut.ouverts()))
                .addValue("aujourdhui", aujourdhui);
        Map<AvisType, Long> nombres = new TreeMap<>();
        jdbc.query(OUVERTS_EN_RETARD.formatted(bassins(parametres, "bassin")), parametres,
                rs -> {
                    nombres.put(AvisType.valueOf(rs.getString("cle")), rs.getLong("nombre"));
                });
        return nombres;
    }

    private <K extends Comparable<K>> Map<K, Compteurs> compteurs(int annee, String colonne, Function<String, K> cle) {
        Map<K, Compteurs> parCle = new TreeMap<>();
        MapSqlParameterSource parametres = new MapSqlParameterSource("annee", annee)
                .addValue("systeme", CurrentUser.SYSTEME);
        jdbc.query(COMPTEURS.formatted(colonne, bassins(parametres, "bassin")), parametres,
                rs -> {
                    Decision decision = rs.getString("decision") == null ? null
                            : Decision.valueOf(rs.getString("decision"));
                    long nombre = rs.getLong("nombre");
                    Compteurs dossiers = decision == Decision.RETIRE && rs.getInt("d_office") == 1
                            ? Compteurs.retiresDOffice(nombre) : Compteurs.de(decision, nombre);
                    parCle.merge(cle.apply(rs.getString("cle")), dossiers, Compteurs::plus);
                });
        return parCle;
    }

    private static List<String> noms(Collection<? extends Enum<?>> valeurs) {
        return valeurs.stream().map(Enum::name).toList();
    }
}
