package be.ibefe.avis.rules;

import java.util.List;

/**
 * What the rules read of the dossier's own bassin: data of that bassin, never one global setting (the shared domain document,
 * "Organisation data is local and dated"). The figures the décrets fix stay in {@link ParametresRegles}.
 */
public interface ReglesLocales {

    /** The bassin's name, as the partners of a project name it (« Liège », « Huy-Waremme »). */
    String nomDuBassin(String bassin);

    /** The operators the bassin recognises for ALE trainings, which the équipe checks case by case. */
    List<OperateurReconnu> operateursAleReconnus(String bassin);

    /**
     * {@code nom}: the name, or part of it, an operator's name contains (« Croix-Rouge »); {@code formations}: what it
     * is recognised for (« premiers secours »), or null.
     */
    record OperateurReconnu(String nom, String formations) {
    }
}
