package be.ibefe.avis.report;

import be.ibefe.avis.bassin.Perimetre;
import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Decision;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.security.CurrentUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
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
 * grouped by the database (a few dozen rows whatever the number of dossiers); processing times need one small row
 * per notified dossier, whose Belgian calendar day Java works out.
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
     * One row per dossier whose avis stands (NOTIFIE now: an avis the Instance plénière withdrew put it back to
     * PRET_POUR_SEANCE), with the moment it was notified the dossier keeps (V47): from {@code ix_dossier_annee_statut}
     * alone, without the history.
     */
    private static final String NOTIFICATIONS = """
            select type, date_reception, echeance, notifie_le
              from dossier
             where annee = :annee and statut = :notifie and notifie_le is not null%s
            """;

    /** The open statuses named (not "neither NOTIFIE nor CLOS"): read from {@code ix_dossier_annee_statut} alone. */
    private static final String OUVERTS_EN_RETARD = """
            select type as cle, count(*) as nombre
              from dossier
             where annee = :annee and statut in (:ouverts) and echeance < :aujourdhui%s
             group by type
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Perimetre perimetre;

    RapportQueries(NamedParameterJdbcTemplate jdbc, Perimetre perimetre) {
        this.jdbc = jdbc;
        this.perimetre = perimetre;
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
     * Every dossier received in {@code annee} whose avis stands, notified, with the moment that avis was: the last
     * time the dossier became NOTIFIE (an avis withdrawn by the Instance plénière and given again was notified twice).
     */
    List<Notification> notifications(int annee) {
        MapSqlParameterSource parametres = new MapSqlParameterSource("annee", annee)
                .addValue("notifie", Statut.NOTIFIE.name());
        return jdbc.query(NOTIFICATIONS.formatted(bassins(parametres, "bassin")), parametres,
                (rs, ligne) -> new Notification(AvisType.valueOf(rs.getString("type")),
                        rs.getObject("date_reception", LocalDate.class), rs.getObject("echeance", LocalDate.class),
                        rs.getObject("notifie_le", OffsetDateTime.class).toInstant()));
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
