package be.ibefe.avis.thematiques;

public record MetierView(Long id, int annee, String libelle, String codeRome, String famille, ActionOffre action) {

    static MetierView de(MetierPrioritaire m) {
        return new MetierView(m.getId(), m.getAnnee(), m.getLibelle(), m.getCodeRome(), m.getFamille(),
                m.getAction());
    }
}
