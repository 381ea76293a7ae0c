package be.ibefe.avis.support;

import be.ibefe.avis.rules.ReglesLocales;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The local data of two bassins as the demo has them (Liège with its operators recognised for ALE trainings,
 * Huy-Waremme without), for the rules' unit tests; the stored lists are tested through the API
 * (regleslocales/OperateursAleReconnusApiIT).
 */
public final class ReglesLocalesEnMemoire implements ReglesLocales {

    private final Map<String, String> noms = new HashMap<>(Map.of("LIE", "Liège", "HUY", "Huy-Waremme"));
    private final Map<String, List<OperateurReconnu>> operateurs = new HashMap<>(Map.of("LIE", List.of(
            new OperateurReconnu("ONE", "accueil temps libre (ATL)"),
            new OperateurReconnu("PMTIC", "formations aux technologies de l'information"),
            new OperateurReconnu("DIGISTART", "formations aux technologies de l'information"),
            new OperateurReconnu("Croix-Rouge", "premiers secours"))));

    public ReglesLocalesEnMemoire avecOperateurs(String bassin, OperateurReconnu... liste) {
        operateurs.put(bassin, List.of(liste));
        return this;
    }

    @Override
    public String nomDuBassin(String bassin) {
        return noms.get(bassin);
    }

    @Override
    public List<OperateurReconnu> operateursAleReconnus(String bassin) {
        return operateurs.getOrDefault(bassin, List.of());
    }
}
