struct Owner { var name: String }
struct Pet { var owner: Owner }
let pets = [Pet(owner: Owner(name: "Ann")), Pet(owner: Owner(name: "Bo"))]
print(pets.map(\.owner.name))
print(pets.map(\.owner.name.count))
// expect: ["Ann", "Bo"]
// expect: [3, 2]
