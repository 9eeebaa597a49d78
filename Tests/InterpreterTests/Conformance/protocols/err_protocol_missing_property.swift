protocol Named { var name: String { get } }
struct City: Named {
    var title = "Paris"
}
// expect error: 2:8 type 'City' does not conform to protocol 'Named'
