package be.ibefe.avis.regleslocales;

import java.util.List;

/** A bassin's list of operators recognised for ALE trainings. */
public record ListeOperateursView(String bassin, String nomBassin, List<OperateurView> operateurs) {

    public record OperateurView(Long id, String nom, String formations) {

        static OperateurView de(OperateurAleReconnu operateur) {
            return new OperateurView(operateur.getId(), operateur.getNom(), operateur.getFormations());
        }
    }
}
