var readings: [Double] = []
var latest: Double { get }
// expect error: 2:26 expected '{' to start getter definition
