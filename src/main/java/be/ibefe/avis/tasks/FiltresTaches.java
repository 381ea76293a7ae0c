package be.ibefe.avis.tasks;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.Statut;
import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What the task list is narrowed to and how it is sorted; every filter is optional. The dossier's fields (type,
 * status, deadline, text) are filtered in the same query as the tasks, so that paging counts the right tasks.
 *
 * @param echeance where the dossier's deadline falls
 * @param q text found in the dossier's reference, applicant or subject, or in the task's name (case ignored)
 * @param echeanceTache where the task's own due date falls (the engine's, shown by Camunda Tasklist)
 * @param cle the task definition key (« the same kind of task »)
 */
public record FiltresTaches(Long dossierId, String tacheId, AvisType type, Statut statut, Echeance echeance, String q,
        Attribution attribution, Tri tri, boolean descendant, Echeance echeanceTache, String cle) {

    public static final FiltresTaches AUCUN = new FiltresTaches(null, null, null, null, null, null, null, null, false,
            null, null);

    /** Where a deadline (the dossier's or the task's) falls, seen from today. */
    public enum Echeance {
        DEPASSEE("Dépassée"),
        SEPT_JOURS("Dans les 7 jours"),
        PLUS_TARD("Plus tard"),
        AUCUNE("Sans échéance");

        private final String libelle;

        Echeance(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    public enum Attribution {
        MOI("Attribuées à moi"),
        LIBRE("Non attribuées"),
        MOI_OU_LIBRE("À moi ou non attribuées");

        private final String libelle;

        Attribution(String libelle) {
            this.libelle = libelle;
        }

        public String libelle() {
            return libelle;
        }
    }

    /**
     * Sort keys, named after the fields of the JSON task ({@code sort=echeance,desc}); every order ends on the task's
     * creation then its id, so that pages never overlap.
     */
    public enum Tri {
        CREATION("creeLe", "Date de création"),
        ECHEANCE("echeance", "Échéance"),
        REFERENCE("reference", "Référence du dossier"),
        TYPE("type", "Type d'avis"),
        TACHE("nom", "Tâche"),
        ECHEANCE_TACHE("echeanceTache", "À traiter pour le");

        private final String champ;
        private final String libelle;

        Tri(String champ, String libelle) {
            this.champ = champ;
            this.libelle = libelle;
        }

        public String champ() {
            return champ;
        }

        public String libelle() {
            return libelle;
        }
    }

    /** Reads {@code sort}: a field, optionally followed by {@code ,asc} or {@code ,desc}. */
    public static FiltresTaches avecTri(Long dossierId, AvisType type, Statut statut, Echeance echeance, String q,
            Attribution attribution, String sort) {
        Tri tri = null;
        boolean descendant = false;
        if (sort != null && !sort.isBlank()) {
            String[] parties = sort.split(",");
            tri = Arrays.stream(Tri.values()).filter(t -> t.champ.equals(parties[0].trim())).findFirst()
                    .orElseThrow(() -> new DonneesInvalidesException("sort", "Impossible de trier sur « %s ». Tris "
                            .formatted(parties[0].trim()) + "admis : " + Arrays.stream(Tri.values()).map(Tri::champ)
                            .collect(Collectors.joining(", ")) + ", suivis de ,asc ou ,desc."));
            descendant = parties.length > 1 && "desc".equalsIgnoreCase(parties[1].trim());
        }
        return new FiltresTaches(dossierId, null, type, statut, echeance, q, attribution, tri, descendant, null, null);
    }

    public FiltresTaches avecTache(String id) {
        return new FiltresTaches(dossierId, id, type, statut, echeance, q, attribution, tri, descendant,
                echeanceTache, cle);
    }

    public FiltresTaches avecEcheanceTache(Echeance ou) {
        return new FiltresTaches(dossierId, tacheId, type, statut, echeance, q, attribution, tri, descendant, ou, cle);
    }

    /**
     * The tasks of one kind that the user may take up now (his own or nobody's), the oldest due first: where
     * « traiter la suivante » goes.
     */
    public static FiltresTaches suivantes(String cle) {
        return new FiltresTaches(null, null, null, null, null, null, Attribution.MOI_OU_LIBRE, Tri.ECHEANCE_TACHE,
                false, null, cle);
    }

    public FiltresTaches avecCle(String definition) {
        return new FiltresTaches(dossierId, tacheId, type, statut, echeance, q, attribution, tri, descendant,
                echeanceTache, definition);
    }
}
