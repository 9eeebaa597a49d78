import Optim
struct Rate: LearningRateSchedule {
    func learningRate(at step: Int) throws -> Double { 1 }
}
// expect error: 2:8 type 'Rate' does not conform to protocol 'LearningRateSchedule'
