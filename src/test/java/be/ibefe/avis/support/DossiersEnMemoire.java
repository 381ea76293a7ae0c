package be.ibefe.avis.support;

import be.ibefe.avis.bassin.AvisType;
import be.ibefe.avis.dossier.CategorieDemandeur;
import be.ibefe.avis.dossier.Demandeur;
import be.ibefe.avis.dossier.Dossier;
import be.ibefe.avis.dossier.Trace;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Dossiers built in memory from the realistic requests, for the rules, which need no store nor engine. */
public final class DossiersEnMemoire {

    private DossiersEnMemoire() {
    }

    /** The realistic request of the type, its donnees altered as the test says. */
    public static Dossier dossier(AvisType type, Consumer<ObjectNode> alteration) {
        return dossier("LIE", type, alteration);
    }

    /** The same, of the bassin given (its code). */
    public static Dossier dossier(String bassin, AvisType type, Consumer<ObjectNode> alteration) {
        ObjectNode demande = Demandes.pour(type);
        alteration.accept((ObjectNode) demande.get("donnees"));
        return depuis(bassin, demande);
    }

    public static Dossier depuis(ObjectNode demande) {
        return depuis("LIE", demande);
    }

    private static Dossier depuis(String bassin, ObjectNode demande) {
        LocalDate reception = LocalDate.parse(demande.get("dateReception").asText());
        return Dossier.enregistrer(bassin, bassin + "-CSEF-" + reception.getYear() + "-0001",
                AvisType.valueOf(demande.get("type").asText()),
                new Demandeur(demande.at("/demandeur/nom").asText(),
                        CategorieDemandeur.valueOf(demande.at("/demandeur/categorie").asText()), null, null),
                demande.get("objet").asText(), reception, null, null, demande.get("donnees"),
                new Trace("analyste", Instant.EPOCH));
    }
}
