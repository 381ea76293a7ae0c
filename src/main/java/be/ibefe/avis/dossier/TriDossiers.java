package be.ibefe.avis.dossier;

import be.ibefe.avis.system.DonneesInvalidesException;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;

/**
 * The columns the dossier list sorts on ({@code sort=echeance,desc}); every order ends on the newest dossier first so
 * that pages never overlap. Type, status and decision are filtered, not sorted: the database would sort their codes,
 * not the French words the page shows.
 */
public enum TriDossiers {
    REFERENCE("reference", "reference"),
    DEMANDEUR("demandeur", "demandeur.nom"),
    RECEPTION("dateReception", "dateReception"),
    ECHEANCE("echeance", "echeance"),
    BASSIN("bassin", "bassin");

    private final String champ;
    private final String propriete;

    TriDossiers(String champ, String propriete) {
        this.champ = champ;
        this.propriete = propriete;
    }

    public String champ() {
        return champ;
    }

    /** A column and its direction, as {@code sort} gives them. */
    public record Choix(TriDossiers tri, boolean descendant) {

        public static final Choix PAR_DEFAUT = new Choix(null, true);

        /** The newest dossiers first when no column is chosen. */
        public Sort ordre() {
            Sort parId = Sort.by(Sort.Direction.DESC, "id");
            return tri == null ? parId : Sort.by(descendant ? Sort.Direction.DESC : Sort.Direction.ASC, tri.propriete)
                    .and(parId);
        }

        /** The value of {@code aria-sort} for the column {@code champ}: only the sorted column has one. */
        public String ariaSort(String champ) {
            return tri != null && tri.champ.equals(champ) ? (descendant ? "descending" : "ascending") : null;
        }

        /** The address's {@code sort} that a click on the column asks: ascending, or descending when already so. */
        public String suivant(String champ) {
            return tri != null && tri.champ.equals(champ) && !descendant ? champ + ",desc" : champ;
        }

        public String valeur() {
            return tri == null ? null : tri.champ + (descendant ? ",desc" : "");
        }
    }

    public static Choix lire(String sort) {
        if (sort == null || sort.isBlank()) {
            return Choix.PAR_DEFAUT;
        }
        String[] parties = sort.split(",");
        TriDossiers tri = Arrays.stream(values()).filter(t -> t.champ.equals(parties[0].trim())).findFirst()
                .orElseThrow(() -> new DonneesInvalidesException("sort", "Impossible de trier sur « %s ». Tris admis : "
                        .formatted(parties[0].trim()) + Arrays.stream(values()).map(TriDossiers::champ)
                        .collect(Collectors.joining(", ")) + ", suivis de ,asc ou ,desc."));
        return new Choix(tri, parties.length > 1 && "desc".equalsIgnoreCase(parties[1].trim()));
    }
}
