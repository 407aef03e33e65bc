import Foundation

extension Gazetteer {
    /// What ``PlaceResolver`` weighs of an entry, worked out once at load, so that scoring a name's
    /// candidates reads numbers instead of comparing and hashing the entry's strings: the weight of its
    /// kind and population, its country and U.S. state as small numbers, and its position for distances.
    struct Traits: Sendable {
        /// The score before context: a country 6, a state 2.5, a county 2, a region 3, a city by its population.
        var base: Double
        /// The country's number in ``Gazetteer/countryIndex``, or -1.
        var country: Int32
        /// The state's number in ``Gazetteer/usStateIndex`` for an entry in the USA with a state, or -1.
        var usState: Int32
        var isCountry: Bool
        /// The sine and cosine of the latitude and the longitude in radians.
        var sinLat, cosLat, lon: Double

        init(_ g: Entry, countries: [String: Int32], usStates: [String: Int32]) {
            var score = 0.0
            switch g.kind {
            case "country": score += 6
            case "admin1": score += 2.5
            case "admin2": score += 2
            case "region", "water", "continent", "site": score += 3
            default: score += log10(Double(max(g.population, 10))) - 3
            }
            base = score
            country = g.country.flatMap { countries[$0] } ?? -1
            usState = g.country == "USA" ? g.admin1.flatMap { usStates[$0] } ?? -1 : -1
            isCountry = g.kind == "country"
            let rad = Double.pi / 180
            sinLat = sin(g.lat * rad)
            cosLat = cos(g.lat * rad)
            lon = g.lon * rad
        }
    }
}
