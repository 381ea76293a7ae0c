package be.ibefe.avis.seance;

import java.util.List;
import java.util.Map;

/**
 * How a vote is reported: counts ({@code pour}, {@code contre}, {@code abstentions}, flat or in {@code votes}),
 * or each member's vote ({@code votesNominatifs}: login -> POUR, CONTRE or ABSTENTION); none of them for a
 * decision by consensus. The votes are on adopting the decision recorded ({@link Scrutin#verifierAdoption}).
 * {@code deports}: the members who stepped out.
 */
public record VotesSaisis(Integer pour, Integer contre, Integer abstentions, Comptes votes,
        Map<String, String> votesNominatifs, List<String> deports) {

    public record Comptes(Integer pour, Integer contre, Integer abstentions) {
    }
}
