// Codable conformances are accepted; the types print and compare as without them.
struct Config: Codable, Equatable { var lr: Double; var steps: Int }
enum Mode: String, Codable { case fast, slow }
print(Config(lr: 0.1, steps: 3), Mode.fast, Config(lr: 1, steps: 1) == Config(lr: 1, steps: 1))
// expect: Config(lr: 0.1, steps: 3) fast true
