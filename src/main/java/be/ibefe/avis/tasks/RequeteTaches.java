package be.ibefe.avis.tasks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import be.ibefe.avis.bassin.Perimetre;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The task list in one SQL query over the engine's runtime tables and ours: the user's tasks (assigned to him, or
 * offered to him or one of his groups by a candidate link) joined through their process instance's business key to
 * their dossier, then filtered, sorted and paged by the database. The engine's task query cannot filter or sort on
 * our dossier's fields, and filtering a page after the fact would break paging. The same SQL runs on H2 and
 * PostgreSQL; the engine's tables are read, never written. A task of a pôle's lifecycle (business key
 * {@code pole-<id>}, process {@code pole-cycle-de-vie}) has no dossier: it is joined to its pôle the same way, and
 * kept to its bassin by its tenant, which the engine gave its process instance from the pôle's bassin.
 */
@Component
class RequeteTaches {

    private static final String COLONNES =
            "t.ID_, t.NAME_, t.TASK_DEF_KEY_, t.ASSIGNEE_, t.CREATE_TIME_, t.DUE_DATE_, t.FOLLOW_UP_DATE_,"
                    + " d.id as dossier_id, p.id as pole_id, p.nom as pole_nom";

    /**
     * The business key is the dossier's id as text. Joined as a number, the dossier is found by its primary key, and
     * PostgreSQL leaves out both joins when nothing reads the dossier (the count without a filter on it). The guard
     * casts only what {@code cast(d.id as varchar)} can spell, digits without a leading zero and within a bigint: any
     * other key names no dossier, as it did when compared as text, and must not make the cast fail; likewise a
     * pôle's key {@code pole-<id>} names its pôle.
     */
    private static final String DEPUIS = """
             from ACT_RU_TASK t
             left join ACT_RU_EXECUTION pi on pi.ID_ = t.PROC_INST_ID_
             left join dossier d on d.id = case when ltrim(pi.BUSINESS_KEY_, '0123456789') = ''
                 and length(pi.BUSINESS_KEY_) between 1 and 18 and pi.BUSINESS_KEY_ not like '0%'
                 then cast(pi.BUSINESS_KEY_ as bigint) end
             left join pole p on p.id = case when pi.BUSINESS_KEY_ like 'pole-%'
                 and ltrim(substring(pi.BUSINESS_KEY_, 6), '0123456789') = ''
                 and length(pi.BUSINESS_KEY_) between 6 and 23 and pi.BUSINESS_KEY_ not like 'pole-0%'
                 then cast(substring(pi.BUSINESS_KEY_, 6) as bigint) end
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Perimetre perimetre;

    RequeteTaches(NamedParameterJdbcTemplate jdbc, Clock clock, Perimetre perimetre) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.perimetre = perimetre;
    }

    /**
     * A task of the list before its dossier is read: the dossier's id, or null for a task without dossier (a pôle's
     * task names its pôle instead); the task's
     * own due and follow-up dates (the engine's, set by the models from {@code avis.echeances.delai-taches}).
     */
    record Ligne(String id, String nom, String cle, String assignee, Instant creeLe, Instant echeanceTache,
            Instant relanceLe, Long dossierId, Long poleId, String poleNom) {
    }

    record Resultat(List<Ligne> lignes, long total) {
    }

    /**
     * The page and the exact total. When a filter or the sort reads the dossier, every task is joined to its dossier
     * anyway: the page query counts them in the same pass ({@code count(*) over ()}). Otherwise the total is counted
     * apart, a count that PostgreSQL answers from the tasks alone, while the page reads only its first tasks.
     */
    Resultat chercher(String login, List<String> groupes, FiltresTaches filtres, int page, int taille) {
        MapSqlParameterSource parametres = new MapSqlParameterSource("login", login)
                .addValue("debut", (long) page * taille).addValue("taille", taille);
        Clause where = conditions(groupes, filtres, parametres);
        Clause ordre = ordre(filtres);
        String lecture = COLONNES + DEPUIS + where.sql() + " order by " + ordre.sql() + " limit :taille offset :debut";
        if (!where.surLeDossier() && !ordre.surLeDossier()) {
            long total = compter(where, parametres);
            return new Resultat(jdbc.query("select " + lecture, parametres, RequeteTaches::ligne), total);
        }
        List<Ligne> lignes = new ArrayList<>();
        long[] total = {0};
        jdbc.query("select count(*) over () as total, " + lecture, parametres, (ResultSet rs) -> {
            total[0] = rs.getLong("total");
            lignes.add(ligne(rs, lignes.size()));
        });
        // a page past the last one has no row to carry the total
        return new Resultat(lignes, lignes.isEmpty() && page > 0 ? compter(where, parametres) : total[0]);
    }

    private long compter(Clause where, MapSqlParameterSource parametres) {
        Long total = jdbc.queryForObject("select count(*)" + DEPUIS + where.sql(), parametres, Long.class);
        return total == null ? 0 : total;
    }

    /** A piece of SQL, and whether it reads the dossier. */
    private record Clause(String sql, boolean surLeDossier) {
    }

    private Clause conditions(List<String> groupes, FiltresTaches filtres, MapSqlParameterSource parametres) {
        List<String> conditions = new ArrayList<>();
        List<String> surLeDossier = new ArrayList<>();
        String candidat = "l.USER_ID_ = :login";
        if (!groupes.isEmpty()) {
            candidat += " or l.GROUP_ID_ in (:groupes)";
            parametres.addValue("groupes", groupes);
        }
        conditions.add("(t.ASSIGNEE_ = :login or exists (select 1 from ACT_RU_IDENTITYLINK l where l.TASK_ID_ = t.ID_"
                + " and l.TYPE_ = 'candidate' and (" + candidat + ")))");
        perimetre.visibles().ifPresent(bassins -> {
            // a task without dossier (a pôle's) belongs to the bassin of its tenant
            surLeDossier.add("coalesce(d.bassin, t.TENANT_ID_) in (:bassins)");
            parametres.addValue("bassins", bassins);
        });
        if (filtres.tacheId() != null) {
            conditions.add("t.ID_ = :tacheId");
            parametres.addValue("tacheId", filtres.tacheId());
        }
        if (filtres.dossierId() != null) {
            conditions.add("pi.BUSINESS_KEY_ = :dossierId");
            parametres.addValue("dossierId", String.valueOf(filtres.dossierId()));
        }
        if (filtres.type() != null) {
            surLeDossier.add("d.type = :type");
            parametres.addValue("type", filtres.type().name());
        }
        if (filtres.statut() != null) {
            surLeDossier.add("d.statut = :statut");
            parametres.addValue("statut", filtres.statut().name());
        }
        if (filtres.echeance() != null) {
            LocalDate aujourdhui = LocalDate.now(clock);
            parametres.addValue("aujourdhui", aujourdhui).addValue("dansSeptJours", aujourdhui.plusDays(7));
            surLeDossier.add(switch (filtres.echeance()) {
                case DEPASSEE -> "d.echeance < :aujourdhui";
                case SEPT_JOURS -> "d.echeance between :aujourdhui and :dansSeptJours";
                case PLUS_TARD -> "d.echeance > :dansSeptJours";
                case AUCUNE -> "d.id is not null and d.echeance is null";
            });
        }
        if (filtres.cle() != null) {
            conditions.add("t.TASK_DEF_KEY_ = :cle");
            parametres.addValue("cle", filtres.cle());
        }
        if (filtres.echeanceTache() != null) {
            // the due date is a moment (the end of its day in Brussels): overdue once passed, « within 7 days » up to
            // the end of the seventh day from today
            parametres.addValue("maintenant", Timestamp.from(clock.instant())).addValue("finSemaine",
                    Timestamp.from(LocalDate.now(clock).plusDays(8).atStartOfDay(clock.getZone()).toInstant()));
            conditions.add(switch (filtres.echeanceTache()) {
                case DEPASSEE -> "t.DUE_DATE_ < :maintenant";
                case SEPT_JOURS -> "t.DUE_DATE_ >= :maintenant and t.DUE_DATE_ < :finSemaine";
                case PLUS_TARD -> "t.DUE_DATE_ >= :finSemaine";
                case AUCUNE -> "t.DUE_DATE_ is null";
            });
        }
        if (filtres.q() != null && !filtres.q().isBlank()) {
            surLeDossier.add("(lower(d.reference) like :q escape '\\' or lower(d.demandeur_nom) like :q escape '\\'"
                    + " or lower(d.objet) like :q escape '\\' or lower(t.NAME_) like :q escape '\\'"
                    + " or lower(p.nom) like :q escape '\\')");
            parametres.addValue("q", "%" + filtres.q().trim().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filtres.attribution() == FiltresTaches.Attribution.MOI) {
            conditions.add("t.ASSIGNEE_ = :login");
        } else if (filtres.attribution() == FiltresTaches.Attribution.LIBRE) {
            conditions.add("t.ASSIGNEE_ is null");
        } else if (filtres.attribution() == FiltresTaches.Attribution.MOI_OU_LIBRE) {
            conditions.add("(t.ASSIGNEE_ = :login or t.ASSIGNEE_ is null)");
        }
        conditions.addAll(surLeDossier);
        return new Clause(" where " + String.join(" and ", conditions), !surLeDossier.isEmpty());
    }

    /** Nulls last in both databases (H2 puts them first by default), then a stable tie-break. */
    private static Clause ordre(FiltresTaches filtres) {
        String sens = filtres.descendant() ? " desc" : " asc";
        FiltresTaches.Tri tri = filtres.tri() == null ? FiltresTaches.Tri.CREATION : filtres.tri();
        Clause cle = switch (tri) {
            case CREATION -> new Clause("t.CREATE_TIME_" + sens, false);
            case ECHEANCE -> new Clause("case when d.echeance is null then 1 else 0 end, d.echeance" + sens, true);
            case REFERENCE -> new Clause("case when d.reference is null then 1 else 0 end, d.reference" + sens, true);
            case TYPE -> new Clause("case when d.type is null then 1 else 0 end, d.type" + sens, true);
            case TACHE -> new Clause("t.NAME_" + sens, false);
            case ECHEANCE_TACHE -> new Clause("case when t.DUE_DATE_ is null then 1 else 0 end, t.DUE_DATE_" + sens,
                    false);
        };
        return new Clause(cle.sql() + ", t.CREATE_TIME_" + sens + ", t.ID_" + sens, cle.surLeDossier());
    }

    private static Ligne ligne(ResultSet rs, int numero) throws SQLException {
        return new Ligne(rs.getString("ID_"), rs.getString("NAME_"), rs.getString("TASK_DEF_KEY_"),
                rs.getString("ASSIGNEE_"), moment(rs.getTimestamp("CREATE_TIME_")),
                moment(rs.getTimestamp("DUE_DATE_")), moment(rs.getTimestamp("FOLLOW_UP_DATE_")),
                rs.getObject("dossier_id", Long.class), rs.getObject("pole_id", Long.class), rs.getString("pole_nom"));
    }

    private static Instant moment(Timestamp horodatage) {
        return horodatage == null ? null : horodatage.toInstant();
    }
}
