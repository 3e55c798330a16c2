"""What the monitor makes of stored versions: events, alerts (notify), their texts (render), the feed, portal health."""
