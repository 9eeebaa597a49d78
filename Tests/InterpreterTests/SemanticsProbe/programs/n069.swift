import Foundation
class Vehicle {
  let wheels: Int
  init(wheels: Int) { self.wheels = wheels; setup() }
  convenience init() { self.init(wheels: 4) }
  func setup() { print("vehicle setup", wheels) }
}
class Bike: Vehicle {
  var bell = "ring"
  init() { super.init(wheels: 2) }
  override func setup() { print("bike setup", wheels, bell) }
}
_ = Vehicle(); _ = Bike()
