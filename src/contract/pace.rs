//! Paced streams: items one `interval` apart, for the contract's
//! "one per second" and the programs' `--interval-ms`.

use std::time::Duration;

use futures::stream::{self, BoxStream, StreamExt};
use futures_timer::Delay;

/// How many messages a call sends and how far apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pace {
    /// Messages per call.
    pub count: usize,
    /// Wait after each message; zero sends as fast as flow control allows.
    pub interval: Duration,
}

impl Pace {
    /// `count` messages, `interval` apart.
    pub fn new(count: usize, interval: Duration) -> Self {
        Pace { count, interval }
    }

    /// The first `count` items of `items`: the first at once, each later one
    /// an interval after the previous, and the end an interval after the last
    /// (as a sender that sleeps after every send, like the Go originals).
    pub fn stream<I>(self, items: I) -> BoxStream<'static, I::Item>
    where
        I: IntoIterator,
        I::IntoIter: Send + 'static,
        I::Item: Send + 'static,
    {
        let items = items.into_iter().take(self.count);
        if self.interval.is_zero() {
            return stream::iter(items).boxed();
        }
        let interval = self.interval;
        stream::unfold((items, false), move |(mut items, wait)| async move {
            if wait {
                Delay::new(interval).await;
            }
            items.next().map(|item| (item, (items, true)))
        })
        .boxed()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use futures_executor::block_on;
    use std::time::Instant;

    #[test]
    fn unpaced_stream_takes_count_items() {
        let got: Vec<_> = block_on(Pace::new(3, Duration::ZERO).stream(0..).collect());
        assert_eq!(got, vec![0, 1, 2]);
    }

    #[test]
    fn paced_stream_waits_after_each_item() {
        let start = Instant::now();
        let got: Vec<_> = block_on(
            Pace::new(2, Duration::from_millis(20))
                .stream(0..)
                .collect(),
        );
        assert_eq!(got, vec![0, 1]);
        assert!(start.elapsed() >= Duration::from_millis(40));
    }
}
