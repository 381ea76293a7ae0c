package be.ibefe.avis.bassin;


/**
 * How a bassin names its bodies, from its identity: « CSEF » in Liège, « Chambre Emploi Formation (CEF) » in
 * Huy-Waremme. Official texts (letters, procès-verbaux, histories, report sentences) name a body this way, never by
 * a name common to every bassin.
 */
public record NomsDesOrganes(String csef, String bureau, String pleniere, String cafe, String enseignement) {

    public String libelle(Chambre chambre) {
        return switch (chambre) {
            case CSEF -> csef;
            case BUREAU -> bureau;
            case INSTANCE_PLENIERE -> pleniere;
            case CAFE -> cafe;
            case CHAMBRE_ENSEIGNEMENT -> enseignement;
        };
    }

    /**
     * The body's name with its article, as a sentence names it: « la CSEF », « le Bureau… », « l'Instance plénière ».
     */
    public String designation(Chambre chambre) {
        String libelle = libelle(chambre);
        if (libelle.matches("(?iu)^[aeiouyhéèêâîôû].*")) {
            return "l'" + libelle;
        }
        return (chambre == Chambre.BUREAU || chambre == Chambre.CAFE ? "le " : "la ") + libelle;
    }
}
