import Foundation
import Optim

/// Issue 3 §7's second benchmark: MLP training throughput on the digits set (samples per second),
/// next to torch training the same network (64-32-10, tanh, float64, SGD with momentum, batches of
/// 32) in the same run when torch is installed.
enum TrainingBench {
    static let epochs = 5
    static let batchSize = 32
    static let hidden = 32

    static func run() throws {
        let (trainSet, testSet) = try Digits.load().split(testFraction: 0.2, seed: 1)
        let model = MLPClassifier(data: trainSet, hiddenSizes: [hidden], activation: .tanh)
        var best = Double.infinity
        var accuracy = 0.0
        for _ in 0..<3 {
            best = min(
                best,
                try Measure.seconds {
                    let run = try train(
                        model, testData: testSet, using: try SGD(lr: 0.05, momentum: 0.9), epochs: epochs, batchSize: batchSize, seed: 7)
                    accuracy = run.testAccuracy.last ?? 0
                })
        }
        let samples = Double(epochs * trainSet.count)
        let swiftRate = samples / best
        print("training: MLP 64-\(hidden)-10 (tanh) on digits, \(trainSet.count) samples × \(epochs) epochs, batch \(batchSize)")
        print(String(format: "  Optim (Swift)   %10.0f samples/s   test accuracy %.3f", swiftRate, accuracy))
        guard let torchRate = torchSamplesPerSecond(features: trainSet.count) else {
            print("  torch not installed: no baseline")
            return
        }
        print(String(format: "  torch (CPU)     %10.0f samples/s   Optim / torch = %.2f", torchRate, swiftRate / torchRate))
    }

    /// torch's throughput on random data of the same shape, measured inside Python.
    private static func torchSamplesPerSecond(features count: Int) -> Double? {
        let script = """
            import time, torch
            torch.manual_seed(0); torch.set_num_threads(1)
            n, d, h, k = \(count), 64, \(hidden), 10
            X = torch.rand(n, d, dtype=torch.float64); y = torch.randint(0, k, (n,))
            net = torch.nn.Sequential(torch.nn.Linear(d, h), torch.nn.Tanh(), torch.nn.Linear(h, k)).double()
            opt = torch.optim.SGD(net.parameters(), lr=0.05, momentum=0.9)
            loss_fn = torch.nn.CrossEntropyLoss()
            best = float("inf")
            for _ in range(3):
                t = time.perf_counter()
                for _ in range(\(epochs)):
                    perm = torch.randperm(n)
                    for i in range(0, n, \(batchSize)):
                        idx = perm[i:i + \(batchSize)]
                        opt.zero_grad(); loss = loss_fn(net(X[idx]), y[idx]); loss.backward(); opt.step()
                best = min(best, time.perf_counter() - t)
            print(n * \(epochs) / best)
            """
        return Measure.python(script).flatMap(Double.init)
    }
}
